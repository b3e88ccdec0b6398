package dossier.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way between a file and its repository-relative name, on real folders and links. */
class RepoPathsTest {
    @TempDir
    Path base;

    @Test
    void aNameKeepsItsBackslashesAndDotsAndResolvesBackToItself() throws IOException {
        Path repo = Files.createDirectories(base.resolve("repo/evidence/单位/1.1 x"));
        Path odd = Files.writeString(repo.resolve(".\\x简介\\..\\..\\secret.txt"), "inside");
        RepoPaths paths = RepoPaths.of(base.resolve("repo"));

        String rel = paths.relative(odd);
        assertThat(rel).isEqualTo("evidence/单位/1.1 x/.\\x简介\\..\\..\\secret.txt");
        assertThat(paths.file(rel)).hasValue(odd.toRealPath());
        assertThat(paths.relative(base.resolve("repo/evidence/./单位/../单位/1.1 x"))).isEqualTo("evidence/单位/1.1 x");
    }

    @Test
    void refusesWhatIsNotAPlainPathToARegularFileInside() throws IOException {
        Path repo = Files.createDirectories(base.resolve("repo"));
        Files.writeString(base.resolve("secret.txt"), "outside");
        Files.writeString(repo.resolve("ok.txt"), "inside");
        Files.createSymbolicLink(repo.resolve("out.txt"), base.resolve("secret.txt"));
        Files.createSymbolicLink(repo.resolve("in.txt"), Path.of("ok.txt"));
        RepoPaths paths = RepoPaths.of(repo);

        assertThat(paths.file("ok.txt")).isPresent();
        assertThat(paths.file("in.txt")).hasValue(repo.resolve("ok.txt").toRealPath());
        for (String bad : new String[]{"", "../secret.txt", "./ok.txt", "a//ok.txt", "/etc/passwd", "out.txt", ".", "missing.txt"}) {
            assertThat(paths.file(bad)).as(bad).isEmpty();
        }
        assertThat(paths.file(".")).isEmpty();
        assertThat(paths.inside("")).isEmpty();
    }

    @Test
    void aConfiguredPathStaysInsideUnlessItClimbsOutOrIsAbsolute() {
        assertThat(RepoPaths.staysInside("evidence")).isTrue();
        assertThat(RepoPaths.staysInside("材料/evidence/../证据")).isTrue();
        assertThat(RepoPaths.staysInside("./evidence")).isTrue();
        assertThat(RepoPaths.staysInside("../../../etc")).isFalse();
        assertThat(RepoPaths.staysInside("evidence/../../x")).isFalse();
        assertThat(RepoPaths.staysInside("..\\x")).isFalse();
        assertThat(RepoPaths.staysInside("/etc")).isFalse();
        assertThat(RepoPaths.staysInside("C:\\证据")).isFalse();
    }
}
