package dossier.write.report;

import dossier.i18n.Lang;
import dossier.model.Location;
import dossier.shared.InputException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.BeansWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The report's Freemarker, locked down (SPEC §7): no {@code ?new}, no {@code ?api}, no Java
 * object reachable from the model (it is maps and lists only). Templates come from the user's
 * folder first ({@code --template DIR}), then from the ones bundled under templates/: for English,
 * templates/en/ first and templates/ (Chinese) for any file en/ lacks.
 * {@code .ftlh} templates escape HTML and {@code .ftlx} XML automatically.
 */
public final class ReportTemplates {
    static {
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
    }

    /** The bundled files, in the order {@code templates export} writes them. */
    public static final List<String> BUNDLED = List.of("README.md", "common.ftl", "report.md.ftl",
            "report.html.ftlh", "report.docx.ftlx", "site/labels.ftlh", "site/layout.ftlh", "site/index.html.ftlh",
            "site/unit.html.ftlh", "site/indicator.html.ftlh", "site/findings.html.ftlh", "site/site.css",
            "site/site.js", "notice.docx.ftlx", "notice.md.ftl", "notice.txt.ftl",
            "bulletin.docx.ftlx", "bulletin.html.ftlh", "bulletin.md.ftl");
    static final String MD = "report.md.ftl";
    static final String HTML = "report.html.ftlh";
    static final String DOCX = "report.docx.ftlx";
    /** The bundled templates' folder in the jar: Chinese at its root, English under en/. */
    static final String ROOT = "templates";
    static final String EN = "en";

    private final Configuration cfg;
    private final Path userDir;
    private final Lang lang;
    private final long timeLimitMillis;

    private ReportTemplates(Configuration cfg, Path userDir, Lang lang, long timeLimitMillis) {
        this.cfg = cfg;
        this.userDir = userDir;
        this.lang = lang;
        this.timeLimitMillis = timeLimitMillis;
    }

    /** The same templates stopped after another time (tests: an endless loop ends in a second). */
    ReportTemplates withTimeLimit(long millis) {
        return new ReportTemplates(cfg, userDir, lang, millis);
    }

    /** The Chinese set: the templates of DIR (any it lacks come from the bundled set), or the bundled ones for null. */
    public static ReportTemplates of(Path userDir) {
        return of(userDir, Lang.ZH);
    }

    /**
     * The templates of DIR, or null for none; any template DIR lacks comes from the bundled set of the
     * language (for English, en/ and then the Chinese root for a file en/ lacks).
     */
    public static ReportTemplates of(Path userDir, Lang lang) {
        Configuration cfg = TemplateLimits.configuration();
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateLoader(loader(userDir, lang));
        return new ReportTemplates(cfg, userDir, lang, TemplateLimits.MAX_MILLIS);
    }

    private static TemplateLoader loader(Path userDir, Lang lang) {
        ClassLoader classes = ReportTemplates.class.getClassLoader();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userDir != null) {
            if (!Files.isDirectory(userDir)) {
                throw new InputException(Location.file(userDir.toString()), "report.noTemplateDir");
            }
            try {
                loaders.add(new RegularFilesOnly(new FileTemplateLoader(userDir.toFile()), userDir));
            } catch (IOException e) {
                throw new InputException(Location.file(userDir.toString()), "report.noTemplateDir");
            }
        }
        if (lang == Lang.EN) loaders.add(new ClassTemplateLoader(classes, ROOT + "/" + EN));
        loaders.add(new ClassTemplateLoader(classes, ROOT));
        if (loaders.size() == 1) return loaders.get(0);
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    /** The Chinese set that {@code templates export} writes by default. */
    public static Map<String, byte[]> exported() {
        return exported(Lang.ZH);
    }

    /**
     * What {@code templates export} writes: every bundled file of the language (for English, en/'s
     * copy where it has one), under the same names, and reference.docx with a sample of each style.
     */
    public static Map<String, byte[]> exported(Lang lang) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            String resource = bundledPath(lang, name);
            try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
                out.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.put("reference.docx", ReferenceDocx.build(true));
        return out;
    }

    /** Where the bundled template of that name is in the jar: en/ for English when en/ has it, else the root. */
    static String bundledPath(Lang lang, String name) {
        if (lang == Lang.EN) {
            String en = ROOT + "/" + EN + "/" + name;
            if (ReportTemplates.class.getClassLoader().getResource(en) != null) return en;
        }
        return ROOT + "/" + name;
    }

    /**
     * The language of the bundled template a name resolves to, or empty when the user's folder has
     * it: dossier's own labels in the model (threshold names, values) then follow that template.
     */
    Optional<Lang> bundledLanguage(String name) {
        if (userDir != null && Files.isRegularFile(userDir.resolve(name))) return Optional.empty();
        return Optional.of(bundledPath(lang, name).startsWith(ROOT + "/" + EN + "/") ? Lang.EN : Lang.ZH);
    }

    /**
     * Renders a template over a model (a record, or a map of records and lists: templates see it as
     * maps and lists only); any template error is an unusable input naming its line and column.
     */
    public String render(String name, Object model) {
        return renderMaps(name, ModelMaps.of(model));
    }

    /** {@link #render} over a model already made of maps and lists ({@link ModelMaps#of}). */
    String renderMaps(String name, Object maps) {
        Template template;
        try {
            template = cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new InputException(Location.file(where(name)), "report.noTemplate", name);
        } catch (ParseException e) {
            throw new InputException(new Location(where(e.getTemplateName() == null ? name : e.getTemplateName()), e.getLineNumber(),
                    String.valueOf(e.getColumnNumber())), "report.templateError", firstParagraph(e.getEditorMessage()));
        } catch (IOException | SecurityException e) {
            if (e instanceof RegularFilesOnly.NotRegularFile || e.getCause() instanceof RegularFilesOnly.NotRegularFile) {
                throw new InputException(Location.file(where(name)), "report.templateNotRegularFile");
            }
            throw new InputException(Location.file(where(name)), "report.templateUnreadable", e.getMessage());
        }
        try {
            return TemplateLimits.render(template, maps, timeLimitMillis);
        } catch (TemplateException e) {
            ParseException interpreted = parseCause(e);
            if (interpreted != null) {
                // ?interpret: FreeMarker's own message is only "parsing has failed"; say what failed, where it is used.
                throw new InputException(new Location(where(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName()),
                        e.getLineNumber(), e.getColumnNumber() == null ? null : String.valueOf(e.getColumnNumber())),
                        "report.templateError", firstParagraph(interpreted.getEditorMessage()));
            }
            Integer line = e.getLineNumber();
            String column = e.getColumnNumber() == null ? null : String.valueOf(e.getColumnNumber());
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            throw new InputException(new Location(where(source), line, line == null ? null : column),
                    "report.templateError", firstParagraph(e.getMessageWithoutStackTop()));
        } catch (TemplateLimits.LimitException e) {
            throw new InputException(Location.file(where(name)), "report.templateLimit."
                    + e.which.name().toLowerCase(Locale.ROOT), TemplateLimits.MAX_OUTPUT_CHARS >> 20,
                    Math.max(1, timeLimitMillis / 1000));
        } catch (IOException | SecurityException e) {
            // A template including a file that a link leads out of the template folder ends here.
            throw new InputException(Location.file(where(name)), "report.templateUnreadable", e.getMessage());
        }
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ParseException p) return p;
        }
        return null;
    }

    /** The file a template came from, as the user would find it. */
    String where(String name) {
        if (userDir != null && Files.exists(userDir.resolve(name))) return userDir.resolve(name).toString();
        return bundledPath(lang, name);
    }

    private static String firstParagraph(String message) {
        if (message == null) return "";
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n")) {
            String l = line.strip();
            if (l.startsWith("----") || (l.isEmpty() && out.length() > 0)) break;
            if (!l.isEmpty()) out.append(out.length() == 0 ? "" : " ").append(l);
        }
        return out.toString();
    }
}
