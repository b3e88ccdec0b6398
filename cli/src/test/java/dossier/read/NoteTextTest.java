package dossier.read;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes quoted in the report and ledger: Word paragraphs read as a stream, so any size costs a page of text. */
class NoteTextTest {
    @TempDir
    Path dir;

    @Test
    void aWordNoteGivesItsParagraphsAndTableCells() throws IOException {
        Path file = dir.resolve("情况简介.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("一、基本情况");
            var run = doc.createParagraph().createRun();
            run.setText("全年开展培训");
            run.addTab();
            run.setText("12 次。");
            doc.createTable(1, 2).getRow(0).getCell(1).setText("表格中的文字");
            doc.write(out);
        }
        assertThat(NoteText.read(file, 3000)).isEqualTo("一、基本情况\n全年开展培训\t12 次。\n\n表格中的文字");
    }

    @Test
    void aHugeWordNoteIsCutAfterAPageWithoutReadingTheRest() throws IOException {
        Path file = dir.resolve("简介.docx");
        String paragraph = "<w:p><w:r><w:t>这是一段很长的情况简介。</w:t></w:r></w:p>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] p = paragraph.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 2_000_000; i++) zip.write(p);   // ~120 MB inflated, ~0.3 MB on disk
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String text = NoteText.read(file, 100);
        assertThat(text).hasSize(101).startsWith("这是一段很长的情况简介。\n这是").endsWith("…");
    }

    @Test
    void aDamagedOrForeignDocxGivesNothing() throws IOException {
        Path damaged = Files.writeString(dir.resolve("亮点.docx"), "not a zip");
        assertThat(NoteText.read(damaged, 100)).isEmpty();
        Path zstd = dir.resolve("说明.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zstd))) {
            zip.putNextEntry(new ZipEntry("word/other.xml"));
            zip.write(1);
            zip.closeEntry();
        }
        assertThat(NoteText.read(zstd, 100)).isEmpty();
    }
}
