package dossier.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Campaign;
import dossier.read.TextFiles;
import dossier.shared.InputException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history folder: one snapshot per as-of date, named {@code <yyyy-mm-dd>.json}. Reading it
 * never fails on a bad file: a damaged snapshot, one from a newer dossier or one from another
 * campaign is named in {@link Folder#skipped()} and left out.
 */
public final class History {
    private static final ObjectMapper JSON = new ObjectMapper();

    private History() {
    }

    /** A snapshot file left out, and why (a message key with its arguments). */
    public record Skipped(Path file, String key, List<Object> args) {
        public Skipped {
            args = List.copyOf(args);
        }
    }

    /** The snapshots read, oldest first (at most one per date), and the files left out. */
    public record Folder(Path path, List<Snapshot> snapshots, List<Skipped> skipped) {
        public Folder {
            snapshots = List.copyOf(snapshots);
            skipped = List.copyOf(skipped);
        }

        /** The snapshots dated before a day: the runs before the current one. */
        public List<Snapshot> before(LocalDate day) {
            return snapshots.stream().filter(s -> s.asOf().isBefore(day)).toList();
        }
    }

    /** --history DIR when given (relative to the working folder), else dossier.yaml's history: (relative to the repository). */
    public static Path folder(Campaign campaign, Path override) {
        if (override != null) return override.toAbsolutePath().normalize();
        return campaign.root().resolve(campaign.settings().history()).normalize();
    }

    public static String fileName(LocalDate asOf) {
        return asOf + ".json";
    }

    /** Every snapshot of this campaign in the folder; a folder that does not exist yet has none. */
    public static Folder read(Path folder, Snapshot.Source campaign) {
        List<Skipped> skipped = new ArrayList<>();
        Map<LocalDate, Snapshot> byDate = new TreeMap<>();
        Map<LocalDate, Path> fileOf = new TreeMap<>();
        for (Path file : jsonFiles(folder, skipped)) {
            Snapshot s = readOne(file, skipped);
            if (s == null) continue;
            if (!s.source().sameCampaign(campaign)) {
                skipped.add(new Skipped(file, "history.otherCampaign", List.of(describe(s.source()), describe(campaign))));
            } else if (!byDate.containsKey(s.asOf())) {
                byDate.put(s.asOf(), s);
                fileOf.put(s.asOf(), file);
            } else {
                boolean canonical = file.getFileName().toString().equals(fileName(s.asOf()));
                skipped.add(new Skipped(canonical ? fileOf.get(s.asOf()) : file, "history.sameDate", List.of(s.asOf().toString())));
                if (canonical) {
                    byDate.put(s.asOf(), s);
                    fileOf.put(s.asOf(), file);
                }
            }
        }
        return new Folder(folder, new ArrayList<>(byDate.values()), skipped);
    }

    private static Snapshot readOne(Path file, List<Skipped> skipped) {
        try {
            JsonNode doc = JSON.readTree(TextFiles.readBounded(file, file.toString()));
            return SnapshotJson.read(doc);
        } catch (InputException e) {
            skipped.add(new Skipped(file, e.key(), e.args()));
        } catch (SnapshotJson.Unreadable e) {
            skipped.add(new Skipped(file, e.key(), e.args()));
        } catch (JacksonException e) {
            skipped.add(new Skipped(file, "history.damaged", List.of(e.getOriginalMessage())));
        } catch (IOException e) {
            skipped.add(new Skipped(file, "history.damaged", List.of(String.valueOf(e.getMessage()))));
        }
        return null;
    }

    private static String describe(Snapshot.Source s) {
        return (s.name().isEmpty() ? s.repository() : s.name()) + " " + s.year();
    }

    /** The folder's *.json regular files in name order (links and other kinds are never opened). */
    private static List<Path> jsonFiles(Path folder, List<Skipped> skipped) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) return files;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.json")) {
            for (Path p : s) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) files.add(p);
            }
        } catch (IOException e) {
            skipped.add(new Skipped(folder, "history.damaged", List.of(String.valueOf(e.getMessage()))));
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }
}
