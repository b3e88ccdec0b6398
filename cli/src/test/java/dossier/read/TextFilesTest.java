package dossier.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TextFilesTest {
    static final String TEXT = "区司法局：4.4 执法人员培训（40学时）“双随机、一公开”\r\n第二行 ok\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GBK", "GB18030"})
    void decodesEveryEncodingOfficesSave(String encoding) {
        byte[] bytes = TaskSheetReaderTextTest.encoded(encoding, TEXT);
        assertThat(TextFiles.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void charsetOf() {
        assertThat(TextFiles.charsetOf(TaskSheetReaderTextTest.encoded("UTF-8", TEXT))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextFiles.charsetOf(TaskSheetReaderTextTest.encoded("UTF-8 BOM", TEXT))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextFiles.charsetOf(TaskSheetReaderTextTest.encoded("UTF-16LE BOM", TEXT))).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextFiles.charsetOf(TaskSheetReaderTextTest.encoded("UTF-16BE BOM", TEXT))).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(TextFiles.charsetOf(TaskSheetReaderTextTest.encoded("GBK", TEXT))).isEqualTo(TextFiles.GB18030);
    }

    @Test
    void shortGbkTextIsNotMistakenForUtf8() {
        for (String s : new String[] {"是", "联络", "司法局", "不涉及", "情况说明", "链接"}) {
            assertThat(TextFiles.decode(s.getBytes(Charset.forName("GBK")))).as(s).isEqualTo(s);
        }
    }

    @Test
    void emptyAndAsciiOnly() {
        assertThat(TextFiles.decode(new byte[0])).isEmpty();
        assertThat(TextFiles.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
        assertThat(TextFiles.decode("id,name\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("id,name\n");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("links.txt"), TaskSheetReaderTextTest.encoded("GB18030", TEXT));
        assertThat(TextFiles.read(f)).isEqualTo(TEXT);
    }
}
