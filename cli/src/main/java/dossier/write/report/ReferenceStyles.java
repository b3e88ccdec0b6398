package dossier.write.report;

/**
 * The styles and fonts of the built-in reference.docx, as plain WordprocessingML: the look of an
 * official document after GB/T 9704 — title 方正小标宋简体 二号, body 仿宋_GB2312 三号 at 22 lines a
 * page, headings 黑体 / 楷体_GB2312 / 仿宋 bold. Fonts a machine lacks fall back through the font
 * table's altName (方正小标宋简体 → 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体).
 */
final class ReferenceStyles {
    private ReferenceStyles() {
    }

    /** Body line pitch: 28.95 pt, 22 lines on the 225 mm text height. */
    static final int LINE = 579;

    private static String fonts(String eastAsia) {
        return "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + eastAsia
                + "\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";
    }

    static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>%1$s<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>
                  <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
                <w:pPr><w:widowControl w:val="0"/><w:spacing w:line="%6$d" w:lineRule="exact"/>
                  <w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>
                <w:rPr>%1$s<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
                <w:uiPriority w:val="99"/><w:semiHidden/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                  <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
                  </w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>
                <w:uiPriority w:val="99"/><w:semiHidden/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="0" w:after="%6$d" w:line="720" w:lineRule="exact"/>
                  <w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>
                <w:rPr>%2$s<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="%6$d" w:line="%6$d" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>
                  <w:jc w:val="center"/></w:pPr>
                <w:rPr>%4$s</w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr>%3$s</w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr>%4$s</w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr>
                <w:rPr><w:b/><w:bCs/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:before="120" w:after="60" w:line="360" w:lineRule="auto"/>
                  <w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
                <w:rPr>%3$s<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>
                <w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="300" w:lineRule="auto"/>
                  <w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>
                <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Table Heading"/>
                <w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>
                <w:rPr>%3$s</w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/>
                <w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="60" w:line="360" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>
                <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>
                  <w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
                <w:rPr>%5$s<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                  <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                  <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>
                </w:tblBorders>
                <w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
                  <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>
            """.formatted(fonts("仿宋_GB2312"), fonts("方正小标宋简体"), fonts("黑体"), fonts("楷体_GB2312"),
            fonts("宋体"), LINE);

    private static String font(String name, String alt, String family, String pitch) {
        return "<w:font w:name=\"" + name + "\">" + (alt == null ? "" : "<w:altName w:val=\"" + alt + "\"/>")
                + "<w:charset w:val=\"86\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\"" + pitch
                + "\"/></w:font>";
    }

    static final String FONT_TABLE = "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
            + "<w:pitch w:val=\"variable\"/></w:font>"
            + font("仿宋_GB2312", "仿宋", "modern", "fixed")
            + font("方正小标宋简体", "宋体", "script", "variable")
            + font("楷体_GB2312", "楷体", "modern", "fixed")
            + font("黑体", "SimHei", "modern", "fixed")
            + font("宋体", "SimSun", "auto", "variable")
            + "</w:fonts>";
}
