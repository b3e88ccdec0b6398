package dossier.hostile;

import dossier.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The red-team cases of issue 13, one repository each, generated here: the command, its exit code,
 * the finding or message that names what was refused, and that nothing was written anywhere but
 * the output (out/ at most) — evidence/ and everything outside the repository unchanged.
 */
class HostileRepositoriesTest {
    private static final String AS_OF = "2021-08-05";

    @TempDir
    Path tmp;

    // ---- writing where it must not

    @Test
    void anOutputOntoANamedPipeIsRefusedAndThePipeStays() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Path pipe = r.outside.resolve("pipe");
        assumeThat(HostileRepo.fifo(pipe)).as("mkfifo available").isTrue();
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("ledger", r.repo.toString(), "--as-of", AS_OF, "-o", pipe.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(pipe.toString()).contains("不是普通文件").doesNotContain("Exception");
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void outLinkedIntoEvidenceGetsNeitherTheOutputNorTheCache() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Files.createSymbolicLink(r.repo.resolve("out"), Path.of("evidence/" + HostileRepo.UNIT));
        Tree before = Tree.of(r.world);

        CliRunner.Run ledger = CliRunner.run("ledger", r.repo.toString(), "--as-of", AS_OF);
        CliRunner.Run validate = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(ledger.code()).as(ledger.err()).isEqualTo(2);
        assertThat(ledger.err()).contains("evidence/");
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(Tree.of(r.world).changesSince(before)).isEmpty();
    }

    @Test
    void anOutputThroughALinkedFolderIntoEvidenceIsRefused() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Path link = Files.createSymbolicLink(r.outside.resolve("材料"), r.repo.resolve("evidence"));
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("ledger", r.repo.toString(), "--as-of", AS_OF,
                "-o", link.resolve("台账.xlsx").toString());
        CliRunner.Run text = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF,
                "-o", link.resolve(HostileRepo.UNIT + "/结果.txt").toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("evidence/");
        assertThat(text.code()).as(text.err()).isEqualTo(2);
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void outLinkedOutsideTheRepositoryIsNotWrittenThrough() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Files.createSymbolicLink(r.repo.resolve("out"), Path.of("../outside"));
        Tree before = Tree.of(r.world);

        CliRunner.Run ledger = CliRunner.run("ledger", r.repo.toString(), "--as-of", AS_OF);
        CliRunner.Run validate = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(ledger.code()).as(ledger.err()).isEqualTo(2);
        assertThat(ledger.err()).contains("资料库之外").contains(r.outside.toRealPath().toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(Tree.of(r.world).changesSince(before)).isEmpty();
    }

    @Test
    void theCacheFolderLinkedOutsideIsNotWrittenThrough() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Files.createDirectories(r.repo.resolve("out"));
        Files.createSymbolicLink(r.repo.resolve("out/.dossier"), r.outside);
        Tree before = Tree.of(r.world);

        CliRunner.Run validate = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(Tree.of(r.world).changesSince(before)).isEmpty();
    }

    @Test
    void aDashSendsTheLedgerToStdout() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("ledger", r.repo.toString(), "--as-of", AS_OF, "--format", "csv", "-o", "-");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("\uFEFF").contains(HostileRepo.UNIT).doesNotContain("已写出");
        assertThat(Path.of("-")).doesNotExist();
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void anOutputOverAnInputIsRefused() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        r.write("dossier.yaml", "name: 示范创建\n");
        Tree before = Tree.of(r.world);

        for (String input : new String[]{"indicators.csv", "units.csv", "dossier.yaml"}) {
            CliRunner.Run run = CliRunner.run("ledger", r.repo.toString(), "--as-of", AS_OF, "--format", "csv",
                    "-o", r.repo.resolve(input).toString());
            assertThat(run.code()).as(input + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(input).contains("输入文件");
        }
        Path baseline = r.outside.resolve("baseline.json");
        CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF, "--format", "json=" + baseline);
        Tree withBaseline = Tree.of(r.world);
        CliRunner.Run overBaseline = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF,
                "--baseline", baseline.toString(), "-o", baseline.toString());

        assertThat(overBaseline.code()).as(overBaseline.err()).isEqualTo(2);
        assertThat(Tree.of(r.world).changesSince(before, "repo/out", "outside/baseline.json")).isEmpty();
        assertThat(Tree.of(r.world).changesSince(withBaseline)).isEmpty();
    }

    // ---- crafted content: bounded, named

    @Test
    void aliasesThatDoubleInTheSettingsAreRefusedNamingTheFile() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        r.write("dossier.yaml", "registers:\n  r:\n    kind: 执法人员名册\n    extra: " + HostileRepo.aliasBomb() + "\n");
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("dossier.yaml").contains("200000");
        assertThat(Tree.of(r.world).changesSince(before)).isEmpty();
    }

    @Test
    void aliasesThatDoubleInAUnitsMetricsAreAFindingForThatUnit() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        r.write("evidence/" + HostileRepo.UNIT + "/metrics.yaml", "执法人员数: 3\nx: " + HostileRepo.aliasBomb() + "\n");
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("THR008").contains("metrics.yaml").contains("200000");
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void hugeFilesInEvidenceAreFindingsForTheirUnit() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        r.huge("evidence/" + HostileRepo.UNIT + "/metrics.yaml", 300L << 20);
        r.huge("evidence/" + HostileRepo.UNIT + "/registers/执法人员名册.csv", 300L << 20);
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("THR008").contains("THR009").contains("16 MB");
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void hugeInputsOutsideEvidenceAreUnusableNamingTheFile() throws Exception {
        for (String input : new String[]{"indicators.csv", "units.csv", "dossier.yaml"}) {
            HostileRepo r = HostileRepo.in(tmp.resolve(input));
            r.huge(input, 3L << 30);
            Tree before = Tree.of(r.world);

            CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

            assertThat(run.code()).as(input + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(input).contains("16 MB").doesNotContain("Exception");
            assertThat(Tree.of(r.world).changesSince(before)).isEmpty();
        }
        HostileRepo r = HostileRepo.in(tmp.resolve("baseline"));
        Path baseline = r.huge("../outside/baseline.json", 3L << 30);
        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF, "--baseline", baseline.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        // a baseline is streamed, not held (a province's result is larger than 16 MB): the zeros are refused as not json
        assertThat(run.err()).contains("baseline.json").doesNotContain("Exception");
    }

    @Test
    void aHugeCsvFieldIsRefusedNotLoaded() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Path sheet = r.repo.resolve("indicators.csv");
        try (var out = Files.newBufferedWriter(sheet)) {
            out.write("编号,二级指标,责任单位,完成时限\n1.1,\"");
            String chunk = "很".repeat(1 << 16);
            for (int i = 0; i < 50 * 16 / 3; i++) out.write(chunk);
            out.write("\",区司法局,2021-12-31\n");
        }

        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("indicators.csv").contains("16 MB");
    }

    // ---- smaller

    @Test
    void aLinkLoopInsideATaskFolderIsAFinding() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        Files.createSymbolicLink(r.task().resolve("loop"), Path.of(".."));
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("FIL009").contains(HostileRepo.TASK + "/loop");
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void controlCharactersInANameNeverReachTheTerminalRaw() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        r.write("evidence/" + HostileRepo.UNIT + "/" + HostileRepo.TASK + "/a\u0001b\u001B]0;pwned\u0007\u001B[2J\u202Efdp.exe.pdf", "x");
        Tree before = Tree.of(r.world);

        CliRunner.Run run = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("a\\x01b\\x1B]0;pwned\\x07\\x1B[2J\\u202Efdp.exe.pdf")
                .doesNotContain("\u0001", "\u0007", "\u001B", "\u202E");
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void controlCharactersKeepJunitWellFormedAndTheReportAndBundleWorking() throws Exception {
        HostileRepo r = HostileRepo.in(tmp);
        r.write("indicators.csv", "编号,二级指标,责任单位,完成时限\n1.1,清单\u0007（粘贴自 Word）,区司法局,2021-12-31\n");
        r.write("evidence/" + HostileRepo.UNIT + "/" + HostileRepo.TASK + "/通知\u0001.pdf", "%PDF-1.4\n%%EOF\n");
        Tree before = Tree.of(r.world);

        CliRunner.Run junit = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF, "--format", "junit");
        CliRunner.Run report = CliRunner.run("report", r.repo.toString(), "--as-of", AS_OF);
        CliRunner.Run bundle = CliRunner.run("package", r.repo.toString(), "--as-of", AS_OF, "--force");

        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(junit.out())));
        assertThat(junit.out()).contains("\\x07").doesNotContain("\u0007");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(bundle.code()).as(bundle.err()).isZero();
        assertThat(Tree.of(r.world).changesSince(before, "repo/out")).isEmpty();
    }

    @Test
    void initDropsBidiOverridesFromTheNamesItMakes() throws Exception {
        Path sheet = Files.writeString(tmp.resolve("任务分解表.csv"),
                "编号,二级指标,责任单位,完成时限\n1.1,清单\u202Excod.exe,区司法局,2021-12-31\n");
        Path made = tmp.resolve("新库");

        CliRunner.Run run = CliRunner.run("init", made.toString(), "--indicators", sheet.toString(), "--as-of", AS_OF);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Tree.of(made).entries().keySet()).anyMatch(p -> p.contains("清单xcod.exe"))
                .noneMatch(p -> p.contains("\u202E"));
    }

    /** Found by make fuzz: a workbook part compressed with zstd made the zip library fail with a missing class. */
    @Test
    void aWorkbookWithAnUnusualCompressionIsAFindingOrUnusableNotACrash() throws Exception {
        byte[] zstd;
        try (var in = getClass().getResourceAsStream("/dossier/fuzz/ReadersFuzzTestInputs/taskSheetXlsx/crash-zstd-compressed-styles")) {
            zstd = in.readAllBytes();
        }
        HostileRepo r = HostileRepo.in(tmp);
        Files.createDirectories(r.repo.resolve("evidence/" + HostileRepo.UNIT + "/registers"));
        Files.write(r.repo.resolve("evidence/" + HostileRepo.UNIT + "/registers/执法人员名册.xlsx"), zstd);
        Tree before = Tree.of(r.world);

        CliRunner.Run register = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);
        Files.delete(r.repo.resolve("indicators.csv"));
        Files.write(r.repo.resolve("indicators.xlsx"), zstd);
        CliRunner.Run sheet = CliRunner.run("validate", r.repo.toString(), "--as-of", AS_OF);

        assertThat(register.code()).as(register.err()).isEqualTo(1);
        assertThat(register.out()).contains("THR009").contains("compression method 20");
        assertThat(sheet.code()).as(sheet.err()).isEqualTo(2);
        assertThat(sheet.err()).contains("indicators.xlsx").contains("compression method 20");
        assertThat(Tree.of(r.world).changesSince(before, "repo/out", "repo/indicators.csv", "repo/indicators.xlsx")).isEmpty();
    }
}
