package dossier.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.i18n.Localized;
import dossier.model.Location;
import dossier.shared.InputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bundle's manifest.json as package writes it ({@code dossier.manifest/1}): the files with
 * their size and SHA-256, and the attachments (report, manifest workbook, validate result) the
 * same way. What does not have the expected shape is collected as problems, not thrown.
 */
public record BundleManifest(String campaign, String asOf, String report, String result,
                             List<Listed> files, List<Listed> attachments, List<Localized> problems) {
    public static final String SCHEMA_PREFIX = "dossier.manifest/";
    public static final String FILE = "manifest.json";
    public static final String WORKBOOK = "材料清单.xlsx";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One listed entry; source, indicator and unit are null for attachments. */
    public record Listed(String path, long size, String sha256, String source, String indicator, String unit) {
    }

    /**
     * @param file the bundle, for messages
     * @throws InputException (exit 2) when the json is not a dossier manifest at all
     */
    public static BundleManifest parse(byte[] json, String file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return broken(Localized.of("verify.manifestNotJson", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        } catch (IOException e) {
            return broken(Localized.of("verify.manifestNotJson", 0, 0));
        }
        String schema = root == null ? "" : root.path("schema").asText("");
        if (!schema.startsWith(SCHEMA_PREFIX)) {
            throw new InputException(Location.file(file), "verify.notBundle");
        }
        List<Localized> problems = new ArrayList<>();
        if (!schema.equals(SCHEMA_PREFIX + "1")) problems.add(Localized.of("verify.manifestSchema", schema));
        Set<String> seen = new HashSet<>();
        List<Listed> files = listed(root.path("files"), "files", true, seen, problems);
        List<Listed> attachments = listed(root.path("attachments"), "attachments", false, seen, problems);
        return new BundleManifest(text(root, "campaign"), text(root, "asOf"), text(root, "report"), text(root, "result"),
                files, attachments, problems);
    }

    /**
     * The rows of the manifest workbook (材料清单.xlsx) as package lays them out: path in column B,
     * size in F, SHA-256 in G. Null when it is no readable workbook.
     */
    public static List<Listed> workbookRows(byte[] xlsx) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            var cells = new org.apache.poi.ss.usermodel.DataFormatter();
            List<Listed> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) continue;
                var size = row.getCell(5);
                long bytes = size != null && size.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? (long) size.getNumericCellValue() : -1;
                rows.add(new Listed(cells.formatCellValue(row.getCell(1)), bytes, cells.formatCellValue(row.getCell(6)),
                        null, null, null));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BundleManifest broken(Localized problem) {
        return new BundleManifest(null, null, null, null, List.of(), List.of(), List.of(problem));
    }

    private static List<Listed> listed(JsonNode array, String field, boolean required, Set<String> seen,
                                       List<Localized> problems) {
        List<Listed> out = new ArrayList<>();
        if (array.isMissingNode() && !required) return out;
        if (!array.isArray()) {
            problems.add(Localized.of("verify.manifestField", field, "[]"));
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode f = array.get(i);
            String path = f.path("path").asText("");
            String where = field + "[" + (i + 1) + "]" + (path.isEmpty() ? "" : " " + path);
            if (path.isEmpty()) {
                problems.add(Localized.of("verify.manifestField", where, "path"));
                continue;
            }
            if (!f.path("size").canConvertToLong() || !f.path("size").isIntegralNumber() || f.path("size").asLong() < 0) {
                problems.add(Localized.of("verify.manifestField", where, "size"));
                continue;
            }
            String sha = f.path("sha256").asText("");
            if (!SHA256.matcher(sha).matches()) {
                problems.add(Localized.of("verify.manifestField", where, "sha256"));
                continue;
            }
            if (!seen.add(path)) {
                problems.add(Localized.of("verify.manifestTwice", path));
                continue;
            }
            out.add(new Listed(path, f.path("size").asLong(), sha, text(f, "source"), text(f, "indicator"), text(f, "unit")));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
