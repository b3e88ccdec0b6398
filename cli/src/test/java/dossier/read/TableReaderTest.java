package dossier.read;

import dossier.read.Workbooks.BuiltinNum;
import dossier.read.Workbooks.Kind;
import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dossier.read.Workbooks.date;
import static dossier.read.Workbooks.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Cells read the way Excel shows them, from real workbooks and text files. */
class TableReaderTest {
    @TempDir
    Path dir;

    static Table.Cell cell(Table t, int row, int col) {
        return t.head().get(row - 1).cell(col);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cellsAsExcelDisplaysThem(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("表");
        s.row(13939512345d, num(1.10, "0.00"), 1.1, "0395-5607259", num(5607259, "0"), num(3955607259d, "0000-0000000"));
        s.row(date(LocalDate.of(2021, 8, 10), "yyyy\"年\"m\"月\"d\"日\""), new BuiltinNum(44418, 31),
                new BuiltinNum(44418, 57), new BuiltinNum(44418, 58), new BuiltinNum(0.5, 32), 44418);
        Path f = wb.write(dir.resolve("t." + kind.extension));

        Table t = TableReader.read(f, "t").get(0);

        assertThat(t.name()).isEqualTo("表");
        assertThat(t.head().get(0).cells()).extracting(Table.Cell::text)
                .containsExactly("13939512345", "1.10", "1.1", "0395-5607259", "5607259", "0395-5607259");
        assertThat(cell(t, 1, 1).number()).isEqualTo(1.1);
        assertThat(cell(t, 1, 3).number()).isNull();
        for (int c = 0; c < 4; c++) {
            assertThat(cell(t, 2, c).date()).as("column " + c).isEqualTo(LocalDate.of(2021, 8, 10));
            assertThat(cell(t, 2, c).text()).as("column " + c).isEqualTo("2021-08-10");
        }
        assertThat(cell(t, 2, 4).date()).as("a time of day is no date").isNull();
        assertThat(cell(t, 2, 5).date()).isNull();
        assertThat(cell(t, 2, 5).text()).isEqualTo("44418");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mergedCellsCoverEveryRowAndColumnAndAreMarkedAsCopies(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row("标题");
        s.row("a", "b", "c");
        s.row("x");
        s.skip();
        s.row("y");
        s.merge("A1:C1").merge("A3:A5");
        Path f = wb.write(dir.resolve("t." + kind.extension));

        Table t = TableReader.read(f, "t").get(0);

        assertThat(t.head()).extracting(Table.Row::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(t.head().get(0).cells()).extracting(Table.Cell::text, Table.Cell::mergedCopy).containsExactly(
                tuple("标题", false), tuple("标题", true),
                tuple("标题", true));
        assertThat(cell(t, 4, 0).text()).isEqualTo("x");
        assertThat(cell(t, 4, 0).mergedCopy()).isTrue();
        assertThat(cell(t, 5, 0).text()).isEqualTo("x");   // the merge hides what was typed under it
        assertThat(cell(t, 4, 1).isBlank()).isTrue();
    }

    @Test
    void severalWorksheetsInOrder() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        wb.sheet("填表说明").row("说明");
        wb.sheet("任务分解表").row("编号");
        wb.sheet("Sheet3");
        Path f = wb.write(dir.resolve("t.xlsx"));

        assertThat(TableReader.read(f, "t")).extracting(Table::name).containsExactly("填表说明", "任务分解表", "Sheet3");
    }

    @Test
    void csvDelimitersAndRecordNumbers() throws Exception {
        Path semi = Files.writeString(dir.resolve("a.csv"), "编号;名称;单位\n1.1;\"甲\n乙\";区司法局\n4.4;丙;\"区财政局,区人社局\"\n");
        Table t = TableReader.read(semi, "a.csv").get(0);
        assertThat(t.name()).isEqualTo("a");
        assertThat(t.head()).extracting(Table.Row::number).containsExactly(1, 2, 3);
        assertThat(t.head().get(1).cells()).extracting(Table.Cell::text).containsExactly("1.1", "甲\n乙", "区司法局");
        assertThat(t.head().get(2).cells()).extracting(Table.Cell::text).containsExactly("4.4", "丙", "区财政局,区人社局");
    }

    @Test
    void anEmptyFileIsAnEmptyTable() throws Exception {
        Path empty = Files.write(dir.resolve("e.csv"), new byte[0]);
        assertThat(TableReader.read(empty, "e.csv")).singleElement().satisfies(t -> assertThat(t.head()).isEmpty());
    }

    @Test
    void anHtmlExportIsNoTable() throws Exception {
        Path html = Files.write(dir.resolve("导出.xls"),
                "\uFEFF<!DOCTYPE html><html><table></table></html>".getBytes(StandardCharsets.UTF_8));
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class, () -> TableReader.read(html, "导出.xls"));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("input.htmlSheet");
    }

    @Test
    void columnLetters() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52, 701, 702)).extracting(Table::columnLetter)
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }
}
