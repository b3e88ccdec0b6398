package dossier.read;

import dossier.model.Liaison;
import dossier.model.Location;
import dossier.model.RepeatedUnit;
import dossier.model.Unit;
import dossier.read.Workbooks.Kind;
import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dossier.read.Workbooks.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The units and liaison table (联络员信息表) from real workbooks and CSV files. */
class UnitsReaderTest {
    @TempDir
    Path dir;

    static Unit unit(String name, List<String> aliases, String category, int row, String... liaison) {
        return new Unit(name, aliases, category, new Liaison(liaison[0], liaison[1], liaison[2], liaison[3], liaison[4]), row);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsUnitsAliasesCategoriesAndPhonesAsExcelShowsThem(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("联络员信息表");
        s.row("附件3  创建工作联络员信息表");
        s.merge("A1:I1");
        s.row("序号", "单位名称", "简称/别名", "类别", "联络员", "职务", "办公电话", "手机", "邮箱");
        s.row(1, "区政府办", "政府办", "区直部门", "李文博", "秘书科科长", "0395-5607103", "13839528761", "yhqzfb@163.com");
        s.row(2, "区司法局", "司法局、依法治区办\n源汇区司法局，区司法局", "区直部门", "赵晓琳", "法治督察科科长",
                "0395-5607259", 13603958812d, "yhqsfj@163.com");
        s.row(3, "区市场监管局", "区市场监督管理局;市场监管局", null, " 王 静 ", "法规科\n副科长", "0395-5613318",
                num(15939567023d, "0"), "");
        s.row(4, "老街街道", null, null, "周鹏", "党政办主任", "0395-5921163", "15893529076", null);
        s.row(5, "空冢郭镇", null, "", "高志强", null, null, "15138578826", null);
        s.row(6, "问十乡", null, null, null, null, null, null, null);
        s.row(7, "干河陈街道办事处", null, null, null, null, null, null, null);
        s.row(8, "大刘镇人民政府", null, null, null, null, null, null, null);
        s.row(9, "区 司法局", null, "区直部门", "重复", null, null, null, null);
        s.row(10, "顺河街道", null, "乡镇（街道）", null, null, null, null, null);
        s.skip();
        s.row("注：请各单位于7月10日前报送。");
        s.merge("A14:I14");
        Path f = wb.write(Files.createDirectories(dir.resolve("x")).resolve("units." + kind.extension));

        UnitsReader.Result r = UnitsReader.read(f, "units.xlsx");

        assertThat(r.units()).containsExactly(
                unit("区政府办", List.of("政府办"), "区直部门", 3,
                        "李文博", "秘书科科长", "0395-5607103", "13839528761", "yhqzfb@163.com"),
                unit("区司法局", List.of("司法局", "依法治区办", "源汇区司法局"), "区直部门", 4,
                        "赵晓琳", "法治督察科科长", "0395-5607259", "13603958812", "yhqsfj@163.com"),
                unit("区市场监管局", List.of("区市场监督管理局", "市场监管局"), "区直部门", 5,
                        "王 静", "法规科 副科长", "0395-5613318", "15939567023", ""),
                unit("老街街道", List.of(), "街道", 6, "周鹏", "党政办主任", "0395-5921163", "15893529076", ""),
                unit("空冢郭镇", List.of(), "乡镇", 7, "高志强", "", "", "15138578826", ""),
                unit("问十乡", List.of(), "乡镇", 8, "", "", "", "", ""),
                unit("干河陈街道办事处", List.of(), "街道", 9, "", "", "", "", ""),
                unit("大刘镇人民政府", List.of(), "乡镇", 10, "", "", "", "", ""),
                unit("顺河街道", List.of(), "街道", 12, "", "", "", "", ""));
        assertThat(r.repeated()).containsExactly(new RepeatedUnit("区司法局", Location.cell("units.xlsx", 11, "B"), 4));
    }

    @Test
    void headersWithAPersonWordBeforeThePhoneWord() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("单位", "单位简称", "联络员姓名", "联络员职务", "联络员手机", "联系人电话", "电子邮箱");
        s.row("区财政局", "财政局", "刘建国", "法规股股长", "13703951286", "0395-5612034", "a@b.cn");
        Path f = wb.write(dir.resolve("units.xlsx"));

        UnitsReader.Result r = UnitsReader.read(f, "units.xlsx");

        assertThat(r.units()).containsExactly(unit("区财政局", List.of("财政局"), "区直部门", 2,
                "刘建国", "法规股股长", "0395-5612034", "13703951286", "a@b.cn"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sectionHeadingsAreNotUnitsAndGiveTheirCategory(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row("序号", "单位名称", "联络员", "手机");
        s.row("一、区直部门");
        s.merge("A2:D2");
        s.row(1, "区司法局", "赵晓琳", "13603958812");
        s.row(2, "区法院", "钱某", "13603958813");
        s.row(null, "二、乡镇（街道）", null, null);
        s.row(3, "老街街道", "周鹏", "15893529076");
        s.row(4, "问十乡", null, null);
        s.row(null, "街道", null, null);
        s.row(5, "马路街办事处", "马晓东", "17803952265");
        Path f = wb.write(dir.resolve("units." + kind.extension));

        UnitsReader.Result r = UnitsReader.read(f, "units.xlsx");

        assertThat(r.repeated()).isEmpty();
        assertThat(r.units()).extracting(u -> u.name() + " " + u.category() + " row " + u.row()).containsExactly(
                "区司法局 区直部门 row 3", "区法院 区直部门 row 4", "老街街道 街道 row 6", "问十乡 乡镇 row 7",
                "马路街办事处 街道 row 9");
    }

    @Test
    void aCategoryMergedDownItsUnits() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("类别", "单位名称", "联络员");
        s.row("区直部门", "区司法局", "赵晓琳");
        s.row(null, "区财政局", "刘建国");
        s.row("乡镇（街道）", "老街街道", "周鹏");
        s.row(null, "问十乡", null);
        s.merge("A2:A3").merge("A4:A5");
        Path f = wb.write(dir.resolve("units.xlsx"));

        assertThat(UnitsReader.read(f, "units.xlsx").units()).extracting(u -> u.name() + " " + u.category())
                .containsExactly("区司法局 区直部门", "区财政局 区直部门", "老街街道 街道", "问十乡 乡镇");
    }

    @Test
    void csvInGbk() throws Exception {
        String csv = "单位名称,简称,类别,联络员,手机\r\n区审计局,审计局,区直部门,孙丽娜,13513958847\r\n马路街街道,,,马晓东,17803952265\r\n";
        Path f = Files.write(dir.resolve("联络员信息表.csv"), csv.getBytes(Charset.forName("GBK")));

        UnitsReader.Result r = UnitsReader.read(f, "联络员信息表.csv");

        assertThat(r.repeated()).isEmpty();
        assertThat(r.units()).containsExactly(
                unit("区审计局", List.of("审计局"), "区直部门", 2, "孙丽娜", "", "", "13513958847", ""),
                unit("马路街街道", List.of(), "街道", 3, "马晓东", "", "", "17803952265", ""));
    }

    @Test
    void aTableWithNoUnitHeaderIsUnusable() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("姓名", "职务", "手机");
        s.row("赵晓琳", "科长", "13603958812");
        Path f = wb.write(dir.resolve("units.xlsx"));

        InputException e = catchThrowableOfType(InputException.class, () -> UnitsReader.read(f, "units.xlsx"));

        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("units.noHeader");
        assertThat(e.location()).isEqualTo(Location.file("units.xlsx"));
        assertThat(e.args()).containsExactly("单位名称, 简称, 类别, 联络员, 手机");
    }
}
