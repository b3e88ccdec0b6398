package dossier.write.report;

import dossier.core.ValidationResult;
import dossier.i18n.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 自评报告: the model built from a validate result, rendered by a template as md, html, or the
 * docx markup that {@link DocxWriter} lays out on a reference document. The same result gives
 * the same bytes in every format.
 */
public final class ReportWriter {
    private final Messages messages;
    private final ReportTemplates templates;
    private final Path reference;
    private final byte[] referenceBytes;

    /**
     * @param messages    the user's language: it picks the bundled templates (English under
     *                    templates/en/, Chinese otherwise) and, with the user's own templates, the
     *                    language of the labels dossier computes (threshold names, values, targets);
     *                    a bundled template gets the labels of its own language
     * @param templateDir the user's templates (--template), or null for the bundled ones
     * @param reference   the user's reference .docx (--reference); null for the templates folder's
     *                    reference.docx if it has one, else the built-in one
     */
    public ReportWriter(Messages messages, Path templateDir, Path reference) {
        this.messages = messages;
        this.templates = ReportTemplates.of(templateDir, messages.lang());
        Path exported = templateDir == null ? null : templateDir.resolve("reference.docx");
        this.reference = reference != null ? reference
                : exported != null && Files.isRegularFile(exported) ? exported : null;
        this.referenceBytes = this.reference == null ? null : ReferenceDocx.read(this.reference);
    }

    public byte[] render(ValidationResult result, ReportFormat format) {
        String name = switch (format) {
            case MD -> ReportTemplates.MD;
            case HTML -> ReportTemplates.HTML;
            case DOCX -> ReportTemplates.DOCX;
        };
        ReportModel model = ReportModelBuilder.build(result, labels(name));
        if (format == ReportFormat.DOCX) return docx(name, model, result.campaign().asOf());
        return text(name, model).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Another document of the office (a notice, the bulletin) in the report's sandbox: a template
     * of the same folder over a model of records, as text (md, html, txt).
     */
    public String text(String template, Record model) {
        return templates.render(template, model);
    }

    /** {@link #text} over a model already made of maps and lists, for a template rendered again and again. */
    String textOfMaps(String template, java.util.Map<String, Object> maps) {
        return templates.renderMaps(template, maps);
    }

    /** Such a document as docx, laid out on the report's reference document; dated --as-of. */
    public byte[] docx(String template, Record model, java.time.LocalDate asOf) {
        byte[] base = referenceBytes == null ? ReferenceDocx.builtIn() : referenceBytes;
        return new DocxWriter(base, reference == null ? null : reference.toString(), templates.where(template))
                .write(templates.render(template, model), asOf);
    }

    /** The labels for a template: its own language when bundled, the user's with their own template. */
    Messages labels(String template) {
        return templates.bundledLanguage(template).map(l -> l == messages.lang() ? messages : Messages.of(l))
                .orElse(messages);
    }
}
