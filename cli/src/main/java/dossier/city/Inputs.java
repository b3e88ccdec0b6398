package dossier.city;

import dossier.i18n.Localized;
import dossier.model.DistrictResult;
import dossier.model.Location;
import dossier.read.BundleManifest;
import dossier.read.ResultReader;
import dossier.read.ZipBundle;
import dossier.shared.InputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What aggregate was given, as a list of results to read: json files, folders holding them (CI
 * artifacts land one folder per district), and district bundles from package, whose result is
 * read from inside the zip after its checksum is checked against the bundle's manifest.
 */
final class Inputs {
    /** One file to read; inFolder marks files found by walking a folder, where other json is expected and ignored. */
    record Source(Path path, boolean bundle, boolean inFolder) {
        String name() {
            return path.toString();
        }
    }

    private Inputs() {
    }

    /** @param output aggregate's own output folder: never read back as an input */
    static List<Source> expand(List<Path> given, Path output) throws IOException {
        List<Source> out = new ArrayList<>();
        Path skip = output == null ? null : output.toAbsolutePath().normalize();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (skip != null && f.toAbsolutePath().normalize().startsWith(skip)) continue;
                        if (hidden(p.relativize(f))) continue;
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (n.endsWith(".json") || n.endsWith(".zip")) out.add(new Source(f, n.endsWith(".zip"), true));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Source(p, p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"), false));
            } else {
                throw new InputException(Location.file(p.toString()), "aggregate.noInput");
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static DistrictResult read(Source s) throws IOException, ResultReader.Unusable {
        if (!s.bundle()) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(s.path()), 1 << 16)) {
                return ResultReader.read(in, s.name(), null);
            }
        }
        try (ZipBundle zip = openBundle(s)) {
            if (zip.count(BundleManifest.FILE) != 1) throw new ResultReader.Unusable(Localized.of("aggregate.bundleNoResult"));
            byte[] json = zip.bytes(BundleManifest.FILE, 256 << 20);
            BundleManifest manifest = json == null ? null : BundleManifest.parse(json, s.name());
            if (manifest == null || manifest.result() == null || zip.count(manifest.result()) != 1) {
                throw new ResultReader.Unusable(Localized.of("aggregate.bundleNoResult"));
            }
            for (BundleManifest.Listed a : manifest.attachments()) {
                if (!a.path().equals(manifest.result())) continue;
                ZipBundle.Digest d = zip.digest(a.path(), a.size());
                if (d.overLimit() || !a.sha256().equals(d.sha256())) {
                    throw new ResultReader.Unusable(Localized.of("aggregate.bundleAltered", a.path()));
                }
            }
            try (InputStream in = new BufferedInputStream(zip.stream(manifest.result()), 1 << 16)) {
                return ResultReader.read(in, s.name() + "!/" + manifest.result(), null);
            }
        } catch (InputException e) {
            throw new ResultReader.Unusable(Localized.of(e.key(), e.args().toArray()));
        }
    }

    private static ZipBundle openBundle(Source s) {
        return ZipBundle.open(s.path());
    }
}
