package dossier.app;

import dossier.app.EvidencePlan.Keep;
import dossier.app.EvidencePlan.MakeFolder;
import dossier.app.EvidencePlan.Step;
import dossier.app.EvidencePlan.WriteNote;
import dossier.app.TopFilesPlan.TopFile;
import dossier.model.Location;
import dossier.shared.InputException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out init's plans: creates what they list and nothing else (never overwrites, moves or
 * deletes), each file atomically (a temp file, then a rename that refuses to replace). What appeared
 * on disk since the plan was made is left alone: a file is then kept, a folder blocked.
 */
final class InitWriter {
    private final Path root;
    private final List<Initializer.Entry> entries = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> blocked = new ArrayList<>();

    /** @param root the repository, absolute and normalised */
    InitWriter(Path root) {
        this.root = root;
    }

    /** @param shown the repository as the user wrote it, for the message when it cannot be made */
    void write(TopFilesPlan plan, String shown) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new InputException(Location.file(shown), "init.cannotWrite", InitDisk.reason(e));
        }
        for (TopFile f : plan.files()) {
            if (f.toCreate() && writeNew(root.resolve(f.path()), f.content())) {
                entries.add(new Initializer.Entry(f.path(), f.kind(), true, f.source(), f.prefilled()));
                created.add(f.path());
            } else {
                entries.add(new Initializer.Entry(f.path(), f.kind(), false, null, 0));
                kept.add(f.path());
            }
        }
    }

    void write(EvidencePlan plan) {
        blocked.addAll(plan.blocked());
        List<String> appeared = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (appeared.stream().anyMatch(step.path()::startsWith)) continue;
            if (step instanceof MakeFolder) {
                if (makeFolder(root.resolve(step.path()))) {
                    created.add(step.path());
                } else {
                    blocked.add(step.path().substring(0, step.path().length() - 1));
                    appeared.add(step.path());
                }
            } else if (step instanceof WriteNote note) {
                (writeNew(root.resolve(note.path()), note.content()) ? created : kept).add(note.path());
            } else if (step instanceof Keep) {
                kept.add(step.path());
            }
        }
    }

    List<Initializer.Entry> entries() {
        return entries;
    }

    List<String> created() {
        return created;
    }

    List<String> kept() {
        return kept;
    }

    List<String> blocked() {
        return blocked;
    }

    /** False when something appeared at the path since the plan was made. */
    private boolean makeFolder(Path dir) {
        try {
            Files.createDirectory(dir);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new InputException(Location.file(InitDisk.relative(root, dir)), "init.cannotWrite", InitDisk.reason(e));
        }
    }

    /**
     * Writes a new file through a temp file beside it and a rename that refuses an existing target;
     * false when the target appeared meanwhile (it is left alone).
     */
    private boolean writeNew(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            Files.move(tmp, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
            throw new InputException(Location.file(InitDisk.relative(root, target)), "init.cannotWrite", InitDisk.reason(e));
        } catch (IOException e) {
            throw new InputException(Location.file(InitDisk.relative(root, target)), "init.cannotWrite", InitDisk.reason(e));
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temp file is flagged by validate; nothing else to do
            }
        }
    }
}
