package dossier.write.report;

import dossier.model.Location;
import dossier.read.InputException;
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
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The report's Freemarker, locked down (SPEC §7): no {@code ?new}, no {@code ?api}, no Java
 * object reachable from the model (it is maps and lists only). Templates come from the user's
 * folder first ({@code --template DIR}), then from the ones bundled under templates/.
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
            "report.html.ftlh", "report.docx.ftlx");
    static final String MD = "report.md.ftl";
    static final String HTML = "report.html.ftlh";
    static final String DOCX = "report.docx.ftlx";

    private final Configuration cfg;
    private final Path userDir;

    private ReportTemplates(Configuration cfg, Path userDir) {
        this.cfg = cfg;
        this.userDir = userDir;
    }

    /** The templates of DIR (any it lacks come from the bundled set), or only the bundled ones for null. */
    public static ReportTemplates of(Path userDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
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
        cfg.setTemplateLoader(loader(userDir));
        return new ReportTemplates(cfg, userDir);
    }

    private static TemplateLoader loader(Path userDir) {
        TemplateLoader bundled = new ClassTemplateLoader(ReportTemplates.class.getClassLoader(), "templates");
        if (userDir == null) return bundled;
        if (!Files.isDirectory(userDir)) {
            throw new InputException(Location.file(userDir.toString()), "report.noTemplateDir");
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(userDir.toFile()), bundled});
        } catch (IOException e) {
            throw new InputException(Location.file(userDir.toString()), "report.noTemplateDir");
        }
    }

    /** What {@code templates export} writes: every bundled file, and reference.docx with a sample of each style. */
    public static Map<String, byte[]> exported() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                if (in == null) throw new IllegalStateException("templates/" + name + " is missing from the jar");
                out.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.put("reference.docx", ReferenceDocx.build(true));
        return out;
    }

    /** Renders a template over the model; any template error is an unusable input naming its line and column. */
    String render(String name, ReportModel model) {
        Template template;
        try {
            template = cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new InputException(Location.file(where(name)), "report.noTemplate", name);
        } catch (ParseException e) {
            throw new InputException(new Location(where(e.getTemplateName() == null ? name : e.getTemplateName()), e.getLineNumber(),
                    String.valueOf(e.getColumnNumber())), "report.templateError", firstParagraph(e.getEditorMessage()));
        } catch (IOException | SecurityException e) {
            throw new InputException(Location.file(where(name)), "report.templateUnreadable", e.getMessage());
        }
        StringWriter out = new StringWriter();
        try {
            template.process(ModelMaps.of(model), out);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            String column = e.getColumnNumber() == null ? null : String.valueOf(e.getColumnNumber());
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            throw new InputException(new Location(where(source), line, line == null ? null : column),
                    "report.templateError", firstParagraph(e.getMessageWithoutStackTop()));
        } catch (IOException | SecurityException e) {
            // A template including a file that a link leads out of the template folder ends here.
            throw new InputException(Location.file(where(name)), "report.templateUnreadable", e.getMessage());
        }
        return out.toString();
    }

    /** The file a template came from, as the user would find it. */
    String where(String name) {
        if (userDir != null && Files.isRegularFile(userDir.resolve(name))) return userDir.resolve(name).toString();
        return "templates/" + name;
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
