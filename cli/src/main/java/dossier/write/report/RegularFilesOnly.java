package dossier.write.report;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's template folder, where a name that is there but is not a regular file (a named pipe,
 * a device, a folder) is an error: FreeMarker's own loader skips it, and the built-in template of
 * that name would be used without a word.
 */
final class RegularFilesOnly implements TemplateLoader {
    private final TemplateLoader files;
    private final Path dir;

    RegularFilesOnly(TemplateLoader files, Path dir) {
        this.files = files;
        this.dir = dir;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path p = dir.resolve(name);
        if (Files.exists(p) && !Files.isRegularFile(p)) throw new NotRegularFile(p);
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }

    static final class NotRegularFile extends IOException {
        NotRegularFile(Path p) {
            super(p + ": not a regular file");
        }
    }
}
