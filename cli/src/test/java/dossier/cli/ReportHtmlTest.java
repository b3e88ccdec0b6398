package dossier.cli;

import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The html report is one self-contained file: parsed (it is well-formed, so the JDK's XML parser
 * reads it), it loads nothing from anywhere — no src/href to a URL, no script, no stylesheet link —
 * and user text is escaped.
 */
class ReportHtmlTest {
    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws Exception {
        SampleRepo.copyTo(repo);
        Files.writeString(repo.resolve("evidence/区司法局/6.3 加强和完善全民普法/工作亮点.txt"),
                "<script>alert(1)</script><img src=\"https://example.cn/x.png\"> 普法亮点", StandardCharsets.UTF_8);
    }

    @Test
    void selfContainedChartsNoExternalReferencesAndEscapedText() throws Exception {
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "html");
        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(repo.resolve("out/自评报告.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain(ReportCommandTest.OFFICER);
        Document doc = parse(html);
        List<Element> all = elements(doc.getDocumentElement());
        assertThat(all).extracting(Element::getTagName).doesNotContain("script", "link", "img", "iframe", "object", "embed")
                .contains("svg", "style", "table", "h2");
        for (Element e : all) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String name = a.getNodeName().toLowerCase();
                if (name.equals("src") || name.endsWith("href") || name.equals("action") || name.equals("srcset")) {
                    assertThat(a.getNodeValue()).as("%s on <%s>", name, e.getTagName()).doesNotContainIgnoringCase("//");
                }
            }
        }
        String css = doc.getElementsByTagName("style").item(0).getTextContent();
        assertThat(css).doesNotContain("url(").doesNotContain("@import");
        // Links of the evidence index are quoted text, never links.
        for (Element span : all) {
            if (span.getTextContent().contains("https://") && span.getChildNodes().getLength() == 1) {
                assertThat(span.getTagName()).isIn("span", "td", "p");
            }
        }
        NodeList rects = doc.getElementsByTagName("rect");
        assertThat(rects.getLength()).isGreaterThan(20);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        out.add(root);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.addAll(elements(e));
        }
        return out;
    }
}
