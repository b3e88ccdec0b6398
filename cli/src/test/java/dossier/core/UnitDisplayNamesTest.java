package dossier.core;

import dossier.app.ValidateRequest;
import dossier.app.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit names are shown as the units table writes them and matched however the sheet or folders write them. */
class UnitDisplayNamesTest {
    @TempDir
    Path repo;

    @Test
    void fullWidthBracketsStayAndHalfWidthSpellingsMatch() throws IOException {
        Files.writeString(repo.resolve("units.csv"), "单位名称,简称,类别\n区委编办（机构编制）,编办,区直部门\n区司法局,,区直部门\n");
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,牵头单位,责任单位\n1.3,优化政府职能,区委编办(机构编制),区 司法局\n");
        Files.createDirectories(repo.resolve("evidence/区委编办(机构编制)/1.3 职能"));
        Files.writeString(repo.resolve("evidence/区委编办(机构编制)/1.3 职能/情况简介.txt"), "完成机构改革。");
        ValidationResult r = Validator.validate(new ValidateRequest(repo, LocalDate.of(2021, 8, 5), null,
                List.of("编办"), List.of()));
        assertThat(r.statuses()).singleElement().satisfies(s -> {
            assertThat(s.task().unit()).isEqualTo("区委编办（机构编制）");
            assertThat(s.state()).isEqualTo(dossier.model.TaskState.COVERED);
        });
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("SHT002") || f.ruleId().equals("COV006"));
    }
}
