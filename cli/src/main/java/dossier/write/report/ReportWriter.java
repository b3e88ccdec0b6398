package dossier.write.report;

import dossier.core.ValidationResult;
import dossier.i18n.Lang;
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
    private final Messages labels;
    private final ReportTemplates templates;
    private final Path reference;
    private final byte[] referenceBytes;

    /**
     * @param messages    the user's language: the labels dossier computes (threshold names, values)
     *                    follow it with the user's own templates; the bundled templates are Chinese,
     *                    and so are the labels with them
     * @param templateDir the user's templates (--template), or null for the bundled ones
     * @param reference   the user's reference .docx (--reference); null for the templates folder's
     *                    reference.docx if it has one, else the built-in one
     */
    public ReportWriter(Messages messages, Path templateDir, Path reference) {
        this.labels = templateDir == null ? Messages.of(Lang.ZH) : messages;
        this.templates = ReportTemplates.of(templateDir);
        Path exported = templateDir == null ? null : templateDir.resolve("reference.docx");
        this.reference = reference != null ? reference
                : exported != null && Files.isRegularFile(exported) ? exported : null;
        this.referenceBytes = this.reference == null ? null : ReferenceDocx.read(this.reference);
    }

    public byte[] render(ValidationResult result, ReportFormat format) {
        ReportModel model = ReportModelBuilder.build(result, labels);
        return switch (format) {
            case MD -> templates.render(ReportTemplates.MD, model).getBytes(StandardCharsets.UTF_8);
            case HTML -> templates.render(ReportTemplates.HTML, model).getBytes(StandardCharsets.UTF_8);
            case DOCX -> {
                String markup = templates.render(ReportTemplates.DOCX, model);
                byte[] base = referenceBytes == null ? ReferenceDocx.build(false) : referenceBytes;
                yield new DocxWriter(base, reference == null ? null : reference.toString(),
                        templates.where(ReportTemplates.DOCX)).write(markup, result.campaign().asOf());
            }
        };
    }
}
