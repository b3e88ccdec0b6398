package dossier.cli;

import dossier.model.Campaign;
import dossier.model.Location;
import dossier.read.SettingsReader;
import dossier.shared.InputException;
import dossier.shared.OutputPlace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an output to stdout ("-") or to a file that {@link OutputPlace} allows, atomically: a temp
 * file, then a rename.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    /** Where this run's outputs may go: its inputs (the campaign's own and the extra ones given) are protected. */
    static OutputPlace place(Campaign campaign, Path... otherInputs) {
        Path root = campaign.root();
        List<Path> inputs = new ArrayList<>(Arrays.asList(otherInputs));
        inputs.add(root.resolve(SettingsReader.FILE_NAME));
        if (campaign.sheetFile() != null) inputs.add(root.resolve(campaign.sheetFile()));
        if (campaign.unitsFile() != null) inputs.add(root.resolve(campaign.unitsFile()));
        return OutputPlace.of(root, campaign.settings().evidence(), inputs);
    }

    /** A text output: stdout for null or "-", else the file. */
    static void write(String target, Session session, OutputPlace place, Body body) throws IOException {
        if (target == null || target.equals("-")) {
            body.write(session.out());
            session.out().flush();
            return;
        }
        writeChecked(place.check(Path.of(target), false), target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        });
    }

    /**
     * A binary output (xlsx, docx, zip) for a repository: -o FILE, "-" for stdout, or DEFAULT under
     * the repository's out/ folder. Returns the file written, or null for stdout.
     */
    static Path writeFile(String option, Session session, Campaign campaign, String defaultName, OutputPlace.Body body)
            throws IOException {
        return writeFile(option, session, place(campaign), campaign.root().resolve(campaign.settings().out())
                .resolve(defaultName), body);
    }

    static Path writeFile(String option, Session session, OutputPlace place, Path defaultFile, OutputPlace.Body body)
            throws IOException {
        if ("-".equals(option)) {
            session.out().flush();
            OutputStream raw = session.stdout();
            body.write(raw);
            raw.flush();
            return null;
        }
        String shown = option != null ? option : defaultFile.toString();
        Path real = place.check(option != null ? Path.of(option) : defaultFile, option == null);
        writeChecked(real, shown, body);
        return real;
    }

    /** Writes a file that is not a repository's output (an aggregate's) atomically; never onto a device or pipe. */
    static void atomically(Path file, OutputPlace.Body body) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException(Location.file(file.toString()), "output.notRegularFile");
        }
        writeChecked(file, file.toString(), body);
    }

    /** An output folder for a repository: -o DIR, or DEFAULT under its out/ folder; its real path, checked. */
    static Path directory(String option, Campaign campaign, String defaultName) {
        Path dir = option != null ? Path.of(option)
                : campaign.root().resolve(campaign.settings().out()).resolve(defaultName);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(Location.file(dir.toString()), "site.notDirectory", dir);
        }
        return place(campaign).checkFolder(dir, option == null);
    }

    /**
     * Writes a site's files into DIR, each atomically; pages an earlier run wrote and this one did
     * not (a unit since removed) are deleted. Nothing else in DIR is touched: it may be a folder
     * the user keeps other things in.
     */
    static void writeSite(Path dir, java.util.Map<String, byte[]> files) {
        try {
            Files.createDirectories(dir);
            for (var file : files.entrySet()) {
                OutputPlace.writeAtomically(dir.resolve(file.getKey()), out -> out.write(file.getValue()));
            }
            try (var old = Files.newDirectoryStream(dir, "{unit,indicator}-[0-9][0-9][0-9]*.html")) {
                for (Path p : old) {
                    if (!files.containsKey(p.getFileName().toString())) Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new InputException(Location.file(dir.toString()), "output.cannotWrite", reason(e));
        }
    }

    private static void writeChecked(Path real, String shown, OutputPlace.Body body) {
        try {
            OutputPlace.writeAtomically(real, body);
        } catch (IOException e) {
            throw new InputException(Location.file(shown), "output.cannotWrite", reason(e));
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
