package dossier.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentCacheTest {
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final ContentCache.Entry PDF = new ContentCache.Entry(1234, 1_700_000_000_123L, SHA, true, "pdf", "2021-03-15");
    static final ContentCache.Entry JPG = new ContentCache.Entry(99, 1_600_000_000_000L, null, false, "docx", null);

    @TempDir
    Path dir;

    Path cacheFile() {
        return dir.resolve("out").resolve(".cache").resolve("content.tsv");
    }

    @Test
    void missingFileIsAnEmptyCache() {
        ContentCache cache = ContentCache.load(dir.resolve("nothing-here.tsv"));
        assertThat(cache.get("a.pdf", 1234, 1_700_000_000_123L)).isEmpty();
        assertThat(ContentCache.load(null).get("a.pdf", 1, 1)).isEmpty();
        assertThat(ContentCache.load(dir).get("a.pdf", 1, 1)).as("a folder is no cache").isEmpty();
    }

    @Test
    void roundTripCreatesTheFolderAndKeepsEveryField() throws IOException {
        ContentCache cache = ContentCache.load(cacheFile());
        cache.put("1.1 党委/区司法局/年度报告.pdf", PDF);
        cache.put("1.1 党委/区司法局/照片.jpg", JPG);
        cache.save(cacheFile());

        ContentCache again = ContentCache.load(cacheFile());
        assertThat(again.get("1.1 党委/区司法局/年度报告.pdf", 1234, 1_700_000_000_123L)).contains(PDF);
        assertThat(again.get("1.1 党委/区司法局/照片.jpg", 99, 1_600_000_000_000L)).contains(JPG);
        assertThat(again.get("1.1 党委/区司法局/别的.pdf", 1234, 1_700_000_000_123L)).isEmpty();
    }

    @Test
    void hitOnlyWhenSizeAndModificationTimeMatch() throws IOException {
        ContentCache cache = ContentCache.load(cacheFile());
        cache.put("a.pdf", PDF);
        cache.save(cacheFile());
        ContentCache again = ContentCache.load(cacheFile());
        assertThat(again.get("a.pdf", 1235, 1_700_000_000_123L)).as("size changed").isEmpty();
        assertThat(again.get("a.pdf", 1234, 1_700_000_000_124L)).as("mtime changed").isEmpty();
        assertThat(again.get("a.pdf", 1234, 1_700_000_000_123L)).contains(PDF);
    }

    @Test
    void entriesPutThisRunAreHitsToo() {
        ContentCache cache = ContentCache.load(cacheFile());
        cache.put("a.pdf", PDF);
        assertThat(cache.get("a.pdf", 1234, 1_700_000_000_123L)).contains(PDF);
        assertThat(cache.get("a.pdf", 1, 1_700_000_000_123L)).isEmpty();
    }

    @Test
    void aRealFileIsAMissAfterItChanges() throws IOException {
        Path evidence = Files.writeString(dir.resolve("纪要.txt"), "第一版");
        ContentCache cache = ContentCache.load(cacheFile());
        cache.put("纪要.txt", entryFor(evidence));
        cache.save(cacheFile());

        ContentCache warm = ContentCache.load(cacheFile());
        assertThat(warm.get("纪要.txt", Files.size(evidence), mtime(evidence))).isPresent();

        Files.writeString(evidence, "第二版，更长一些");
        assertThat(warm.get("纪要.txt", Files.size(evidence), mtime(evidence))).isEmpty();

        Files.writeString(evidence, "第三版"); // same size as the first version…
        Files.setLastModifiedTime(evidence, java.nio.file.attribute.FileTime.fromMillis(mtime(evidence) + 5000));
        assertThat(Files.size(evidence)).isEqualTo(entryFor(evidence).size());
        assertThat(warm.get("纪要.txt", Files.size(evidence), mtime(evidence))).as("…but a newer time").isEmpty();
    }

    @Test
    void onlyEntriesPutOrHitThisRunAreSaved() throws IOException {
        ContentCache first = ContentCache.load(cacheFile());
        first.put("kept.pdf", PDF);
        first.put("deleted.pdf", PDF);
        first.put("changed.pdf", PDF);
        first.save(cacheFile());

        ContentCache second = ContentCache.load(cacheFile());
        assertThat(second.get("kept.pdf", 1234, 1_700_000_000_123L)).isPresent();
        assertThat(second.get("changed.pdf", 1, 1)).isEmpty(); // a miss: stale, dropped unless put again
        second.put("new.jpg", JPG);
        second.save(cacheFile());

        assertThat(lines(cacheFile())).extracting(l -> l.split("\t")[0])
                .containsExactly("dossier-cache 2", "kept.pdf", "new.jpg", "end");
    }

    @Test
    void bytesAreSortedAndDeterministic() throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 200; i++) paths.add("指标" + (i % 7) + "/单位" + i + "/材料.pdf");
        Path a = dir.resolve("a/cache.tsv");
        Path b = dir.resolve("b/cache.tsv");
        ContentCache ca = ContentCache.load(a);
        paths.forEach(p -> ca.put(p, PDF));
        ca.save(a);
        Collections.shuffle(paths, new java.util.Random(7));
        ContentCache cb = ContentCache.load(b);
        paths.forEach(p -> cb.put(p, PDF));
        cb.save(b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> saved = lines(a).subList(1, 201).stream().map(l -> l.split("\t")[0]).toList();
        assertThat(saved).isSorted();
    }

    @Test
    void exactFormat() throws IOException {
        ContentCache cache = ContentCache.load(cacheFile());
        cache.put("b/照片.jpg", JPG);
        cache.put("a/报告.pdf", PDF);
        cache.save(cacheFile());
        List<String> lines = lines(cacheFile());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("dossier-cache 2");
        assertThat(lines.get(1)).isEqualTo("a/报告.pdf\t1234\t1700000000123\t" + SHA + "\t1\tpdf\t2021-03-15\t");
        assertThat(lines.get(2)).isEqualTo("b/照片.jpg\t99\t1600000000000\t\t0\tdocx\t\t");
        assertThat(lines.get(3)).matches("end\t2\t[0-9a-f]{8}");
    }

    @Test
    void awkwardPathsRoundTrip() throws IOException {
        List<String> paths = List.of("tab\there.pdf", "new\nline.pdf", "cr\rhere.pdf", "back\\slash.pdf",
                "\\t literally.pdf", "end", "end\t2\t00000000", "名字 带空格 .pdf", "emoji😀.jpg", "a\uFFFDb.pdf",
                " leading.pdf", "");
        ContentCache cache = ContentCache.load(cacheFile());
        for (String p : paths) cache.put(p, PDF);
        cache.put("odd-detected", new ContentCache.Entry(1, 2, null, false, "a\tb\\c\nd", null));
        cache.save(cacheFile());
        assertThat(lines(cacheFile())).hasSize(paths.size() + 3);

        ContentCache again = ContentCache.load(cacheFile());
        for (String p : paths) assertThat(again.get(p, 1234, 1_700_000_000_123L)).as(p).contains(PDF);
        assertThat(again.get("odd-detected", 1, 2).orElseThrow().detected()).isEqualTo("a\tb\\c\nd");
    }

    @Test
    void garbageLinesMakeTheWholeCacheEmpty() throws IOException {
        saveTwo();
        List<String> lines = new ArrayList<>(lines(cacheFile()));
        lines.add(2, "this is not an entry");
        Files.write(cacheFile(), lines, StandardCharsets.UTF_8);
        assertEmpty(cacheFile());
    }

    @Test
    void aChangedCharacterAnywhereIsNoticed() throws IOException {
        saveTwo();
        byte[] good = Files.readAllBytes(cacheFile());
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf(SHA) + 10;
        byte[] bad = good.clone();
        bad[at] = (byte) (bad[at] == 'a' ? 'b' : 'a'); // still valid hex: only the checksum tells
        Files.write(cacheFile(), bad);
        assertEmpty(cacheFile());

        String flipped = text.replace("\t1234\t", "\t1235\t"); // a size changed by hand
        Files.writeString(cacheFile(), flipped);
        assertEmpty(cacheFile());
    }

    @Test
    void truncatedFilesAreEmptyWhereverTheyAreCut() throws IOException {
        saveTwo();
        byte[] good = Files.readAllBytes(cacheFile());
        for (int cut = 0; cut < good.length; cut += Math.max(1, good.length / 37)) {
            Files.write(cacheFile(), Arrays.copyOf(good, cut));
            assertEmpty(cacheFile());
        }
        Files.write(cacheFile(), Arrays.copyOf(good, good.length - 1)); // only the last newline gone
        assertEmpty(cacheFile());
        Files.write(cacheFile(), good);
        assertThat(ContentCache.load(cacheFile()).get("a.pdf", 1234, 1_700_000_000_123L)).isPresent();
    }

    @Test
    void wrongVersionEmptyFileBinaryJunkAndTrailingData() throws IOException {
        saveTwo();
        String good = Files.readString(cacheFile());
        Files.writeString(cacheFile(), good.replace("dossier-cache 2", "dossier-cache 1"));
        assertEmpty(cacheFile());
        Files.write(cacheFile(), new byte[0]);
        assertEmpty(cacheFile());
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        Files.write(cacheFile(), junk);
        assertEmpty(cacheFile());
        Files.writeString(cacheFile(), good + "extra\n");
        assertEmpty(cacheFile());
        Files.writeString(cacheFile(), good.replaceFirst("end\t2\t", "end\t3\t"));
        assertEmpty(cacheFile());
    }

    @Test
    void aCacheFolderInThePlaceOfTheFileOrAnUnreadableFileIsEmpty() throws IOException {
        Files.createDirectories(cacheFile());
        assertEmpty(cacheFile());
    }

    @Test
    void saveReplacesTheOldFileAndLeavesNoTempFiles() throws IOException {
        saveTwo();
        ContentCache cache = ContentCache.load(cacheFile());
        cache.get("a.pdf", 1234, 1_700_000_000_123L);
        cache.save(cacheFile());
        try (Stream<Path> files = Files.list(cacheFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("content.tsv");
        }
        assertThat(lines(cacheFile())).hasSize(3);
        ContentCache.load(cacheFile()).save(cacheFile()); // nothing touched: an empty cache file
        assertThat(lines(cacheFile())).hasSize(2).last().asString().startsWith("end\t0\t");
    }

    @Test
    void putIsThreadSafe() throws Exception {
        ContentCache cache = ContentCache.load(cacheFile());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        String p = "t" + thread + "/f" + i + ".pdf";
                        cache.put(p, new ContentCache.Entry(i, thread, null, true, "pdf", null));
                        cache.get(p, i, thread);
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        cache.save(cacheFile());
        ContentCache again = ContentCache.load(cacheFile());
        assertThat(lines(cacheFile())).hasSize(16_002);
        assertThat(again.get("t7/f1999.pdf", 1999, 7)).isPresent();
    }

    @Test
    void hundredThousandEntriesRoundTrip() throws IOException {
        ContentCache cache = ContentCache.load(cacheFile());
        for (int i = 0; i < 100_000; i++) {
            cache.put("指标" + (i % 50) + "/单位" + (i % 13) + "/材料" + i + ".pdf",
                    new ContentCache.Entry(i, 1_700_000_000_000L + i, i % 3 == 0 ? SHA : null, true, "pdf",
                            i % 2 == 0 ? "2021-03-15" : null));
        }
        cache.save(cacheFile());
        ContentCache again = ContentCache.load(cacheFile());
        assertThat(again.get("指标7/单位0/材料99957.pdf", 99_957, 1_700_000_000_000L + 99_957))
                .contains(new ContentCache.Entry(99_957, 1_700_000_000_000L + 99_957, SHA, true, "pdf", null));
    }

    @Test
    void putRejectsWhatCouldNotBeReadBack() {
        ContentCache cache = ContentCache.load(cacheFile());
        assertThatThrownBy(() -> cache.put("a", new ContentCache.Entry(1, 1, "abc", true, "pdf", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.put("a", new ContentCache.Entry(1, 1, null, true, "pdf", "2021/03/15")))
                .isInstanceOf(IllegalArgumentException.class);
        cache.put("upper", new ContentCache.Entry(1, 1, SHA.toUpperCase(), true, "pdf", null));
        assertThat(cache.get("upper", 1, 1).orElseThrow().sha256()).isEqualTo(SHA);
    }

    // ---- helpers ----

    private void saveTwo() throws IOException {
        ContentCache cache = ContentCache.load(cacheFile());
        cache.put("a.pdf", PDF);
        cache.put("b.jpg", JPG);
        cache.save(cacheFile());
        assertThat(ContentCache.load(cacheFile()).get("a.pdf", 1234, 1_700_000_000_123L)).isPresent();
    }

    private static void assertEmpty(Path file) {
        ContentCache cache = ContentCache.load(file);
        assertThat(cache.get("a.pdf", 1234, 1_700_000_000_123L)).isEmpty();
        assertThat(cache.get("b.jpg", 99, 1_600_000_000_000L)).isEmpty();
    }

    private static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static ContentCache.Entry entryFor(Path f) throws IOException {
        return new ContentCache.Entry(Files.size(f), mtime(f), null, true, "text", null);
    }

    private static long mtime(Path f) throws IOException {
        return Files.getLastModifiedTime(f).toMillis();
    }
}
