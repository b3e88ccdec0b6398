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
        String text = templates.render(name, model);
        if (format != ReportFormat.DOCX) return text.getBytes(StandardCharsets.UTF_8);
        byte[] base = referenceBytes == null ? ReferenceDocx.build(false) : referenceBytes;
        return new DocxWriter(base, reference == null ? null : reference.toString(), templates.where(name))
                .write(text, result.campaign().asOf());
    }

    /** The labels for a template: its own language when bundled, the user's with their own template. */
    Messages labels(String template) {
        return templates.bundledLanguage(template).map(l -> l == messages.lang() ? messages : Messages.of(l))
                .orElse(messages);
    }
}
