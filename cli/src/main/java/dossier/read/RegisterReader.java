package dossier.read;

import dossier.i18n.Localized;
import dossier.model.DatedEvent;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.NormativeDoc;
import dossier.model.Officer;
import dossier.model.Period;
import dossier.model.RegisterKind;
import dossier.model.Registers;
import dossier.model.RepeatedCertificate;
import dossier.model.Settings;
import dossier.model.TrainingRow;
import dossier.rules.RegisterRules;
import dossier.shared.ChineseText;
import dossier.shared.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a unit's {@code registers/} folder: the 执法人员名册, 培训台账, 规范性文件目录, 会前学法记录
 * and 案卷评查记录 of SPEC §2.4, as .xlsx, .xls, .et or .csv, one level deep, in name order
 * (temp files such as {@code ~$名册.xlsx} skipped, other file types ignored).
 *
 * <p>A file's kind comes from a keyword in its name (名册, 培训, 规范性文件, 学法, 评查), from its
 * header row (title rows above it are skipped; header names per {@link RegisterColumn}), or from
 * dossier.yaml. The first worksheet whose header fits the kind is read. Only rows dated inside the
 * period count; the others are counted per kind in {@link Registers#outsidePeriod()}.
 *
 * <p>Registers with other names or headers are mapped in dossier.yaml:
 * <pre>
 * registers:
 *   学习记录:                  # a keyword the file name contains, or a glob: "*学习*.xlsx"
 *     kind: law_study         # roster | training | normative_docs | law_study | case_reviews
 *                             # (or 名册 | 培训 | 规范性文件 | 学法 | 评查)
 *     columns:                # built-in column: the header in this file (or a list of headers)
 *       日期: 学习时间
 *       主题: 学习篇目
 *   "*参训*": training        # shorthand: the kind alone
 * </pre>
 * Built-in columns: 姓名, 执法证号, 岗位 (roster); 姓名, 执法证号, 日期, 内容, 学时 (training);
 * 文号, 标题, 日期 (发布日期), 合法性审核 (normative docs); 日期, 主题 (law study); 日期, 范围 (case
 * reviews); English ids (name, certificate, post, date, content, hours, number, title, review,
 * topic, scope) work too. The first entry whose key matches the file name applies; without
 * {@code kind} the kind is recognised as usual, with the mapped headers. An entry that cannot be
 * used (an unknown kind or column) leaves its files unread, with a finding.
 *
 * <p>Bad data never throws: a file that cannot be opened, whose kind cannot be recognised or whose
 * header lacks a column the kind needs is a finding (THR009) and is listed in {@code unread}; a
 * cell that cannot be read (hours "大约四小时", a date "待定") is a finding naming file, row and
 * column (THR010) and its row is left out; a 执法证号 already in a roster leaves the second row out,
 * stated in {@link Registers#repeatedCertificates()}.
 */
public final class RegisterReader {
    static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "et", "csv");
    static final HeaderMatcher<RegisterColumn> HEADERS = new HeaderMatcher<>(RegisterColumn.headerNames());
    private static final Map<String, RegisterKind> NAME_KEYWORDS = Map.of(
            "名册", RegisterKind.ROSTER, "培训", RegisterKind.TRAINING, "规范性文件", RegisterKind.NORMATIVE_DOCS,
            "学法", RegisterKind.LAW_STUDY, "评查", RegisterKind.CASE_REVIEWS);
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计", "小计", "共计");
    private static final List<String> FOOTNOTE_STARTS = List.of("注", "备注", "说明", "填表", "制表", "审核人", "负责人",
            "联系人", "填报", "单位负责人", "统计人");

    public record Result(Registers registers, List<Finding> findings, List<String> unread) {
    }

    private final RepoPaths paths;
    private final String unit;
    private final Settings settings;
    private final Period period;
    private final Map<RegisterKind, List<String>> files = new EnumMap<>(RegisterKind.class);
    private final Map<RegisterKind, Integer> outside = new EnumMap<>(RegisterKind.class);
    private final List<Officer> officers = new ArrayList<>();
    private final Map<String, Officer> byCertificate = new HashMap<>();
    private final List<TrainingRow> training = new ArrayList<>();
    private final List<NormativeDoc> normativeDocs = new ArrayList<>();
    private final List<DatedEvent> lawStudies = new ArrayList<>();
    private final List<DatedEvent> caseReviews = new ArrayList<>();
    private final List<RepeatedCertificate> repeatedCertificates = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();
    private static final int MAX_SEEN = 100_000;
    private final Map<Object, Object> seen = new HashMap<>();

    private RegisterReader(Path repository, String unit, Settings settings) {
        this.paths = RepoPaths.of(repository);
        this.unit = unit;
        this.settings = settings;
        this.period = settings.period();
    }

    /** Every register in {@code registersDir}; a missing folder is no registers. */
    public static Result read(Path repository, String unit, Path registersDir, Settings settings) {
        RegisterReader r = new RegisterReader(repository, unit, settings);
        r.folder(registersDir);
        Map<RegisterKind, Integer> outsidePeriod = new EnumMap<>(RegisterKind.class);
        r.outside.forEach((kind, n) -> {
            if (n > 0) outsidePeriod.put(kind, n);
        });
        Registers registers = new Registers(unit, r.files, r.officers, r.training, r.normativeDocs, r.lawStudies,
                r.caseReviews, outsidePeriod, r.repeatedCertificates);
        return new Result(registers, List.copyOf(r.findings), List.copyOf(r.unread));
    }

    /** The kinds whose keyword a file name contains, in {@link RegisterKind} order. */
    static List<RegisterKind> kindsInName(String fileName) {
        String n = ChineseText.compact(fileName);
        List<RegisterKind> out = new ArrayList<>();
        for (RegisterKind k : RegisterKind.values()) {
            NAME_KEYWORDS.forEach((word, kind) -> {
                if (kind == k && n.contains(word)) out.add(k);
            });
        }
        return out;
    }

    // ------------------------------------------------------------------ files

    private void folder(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return;
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            String rel = paths.relative(dir);
            unreadable(rel, Localized.of("input.unreadable", TableReader.reason(e)));
            return;
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (FileNames.isTempOrSystem(name) || name.startsWith(".")) continue;
            if (!EXTENSIONS.contains(FileNames.extension(name))) continue;
            // links out of the repository, folders, pipes and devices are never opened (FileRules reports them)
            if (Files.isSymbolicLink(p) && paths.escapes(p)) continue;
            if (!Files.isRegularFile(p)) continue;
            file(p, paths.relative(p));
        }
    }

    private void file(Path path, String rel) {
        String name = path.getFileName().toString();
        try {
            if (Files.size(path) == 0) {
                unreadable(rel, Localized.of("register.reason.empty"));
                return;
            }
        } catch (IOException e) {
            unreadable(rel, Localized.of("input.unreadable", TableReader.reason(e)));
            return;
        }
        Optional<RegisterMapping> mapping = RegisterMapping.forFile(settings.registers(), name);
        // A sheet is read as it is used: a file that turns out damaged halfway counts for nothing
        // (what was read of it is taken back) and is a finding; the other registers are still read.
        Snapshot before = new Snapshot();
        try {
            recognise(path, rel, name, mapping);
        } catch (InputException e) {
            before.restore();
            unreadable(rel, Localized.of(e.key(), e.args().toArray()));
        } catch (RuntimeException e) {
            before.restore();
            unreadable(rel, Localized.of("input.badWorkbook", TableReader.reason(e)));
        }
    }

    private void recognise(Path path, String rel, String name, Optional<RegisterMapping> mapping) {
        List<Table> tables = TableReader.read(path, rel);
        HeaderMatcher<RegisterColumn> matcher = mapping.map(m -> new HeaderMatcher<>(m.headerNames())).orElse(HEADERS);
        List<RegisterKind> candidates = mapping.map(RegisterMapping::kind).map(List::of).orElse(List.of());
        if (candidates.isEmpty()) candidates = kindsInName(name);
        final List<RegisterKind> kinds = candidates;
        RegisterKind found = null;
        for (Table table : tables) {
            if (found != null && (table.hidden() || found == RegisterKind.ROSTER)) break;
            HeaderMatcher.Header<RegisterColumn> header = matcher.find(table, cols -> kindOf(cols.keySet(), kinds) != null);
            if (header == null) continue;
            RegisterKind kind = kindOf(header.columns().keySet(), kinds);
            // A dated log is often kept one sheet per quarter or month: every visible sheet of the
            // same kind counts. A roster is one list: its first sheet only.
            if (found != null && kind != found) continue;
            new Rows(rel, table, header, matcher, kind).read();
            if (found == null) files.computeIfAbsent(kind, k -> new ArrayList<>()).add(rel);
            found = kind;
        }
        if (found != null) return;
        if (!kinds.isEmpty()) {
            RegisterKind kind = kinds.get(0);
            unreadable(rel, Localized.of("register.reason.columns", Localized.of("register.kind." + kind.id()),
                    RegisterColumn.missing(kind, bestHeader(tables, matcher, kind))));
        } else {
            String seen = firstRowText(tables);
            unreadable(rel, seen.isEmpty() ? Localized.of("register.reason.empty")
                    : Localized.of("register.reason.unknownKind", seen));
        }
    }

    /** What the registers read so far hold, to take a damaged file's rows back. */
    private final class Snapshot {
        private final int officerCount = officers.size();
        private final int trainingCount = training.size();
        private final int docCount = normativeDocs.size();
        private final int studyCount = lawStudies.size();
        private final int reviewCount = caseReviews.size();
        private final int findingCount = findings.size();
        private final Map<RegisterKind, Integer> outsideBefore = new EnumMap<>(outside);
        private final Map<RegisterKind, List<String>> filesBefore = new EnumMap<>(RegisterKind.class);

        Snapshot() {
            files.forEach((kind, list) -> filesBefore.put(kind, List.copyOf(list)));
        }

        void restore() {
            for (Officer o : officers.subList(officerCount, officers.size())) {
                if (byCertificate.get(o.certificate()) == o) byCertificate.remove(o.certificate());
            }
            officers.subList(officerCount, officers.size()).clear();
            training.subList(trainingCount, training.size()).clear();
            normativeDocs.subList(docCount, normativeDocs.size()).clear();
            lawStudies.subList(studyCount, lawStudies.size()).clear();
            caseReviews.subList(reviewCount, caseReviews.size()).clear();
            findings.subList(findingCount, findings.size()).clear();
            outside.clear();
            outside.putAll(outsideBefore);
            files.clear();
            filesBefore.forEach((kind, list) -> files.put(kind, new ArrayList<>(list)));
        }
    }

    /** The kind a header row shows: one of the candidates (from the name or dossier.yaml) that it fits, or a guess. */
    private static RegisterKind kindOf(Set<RegisterColumn> present, List<RegisterKind> candidates) {
        if (candidates.isEmpty()) return RegisterColumn.guess(present);
        RegisterKind guess = RegisterColumn.guess(present);
        if (guess != null && candidates.contains(guess)) return guess;
        for (RegisterKind k : candidates) {
            if (RegisterColumn.missing(k, present).isEmpty()) return k;
        }
        return null;
    }

    /** Among the first rows of every sheet, the columns of the one that comes closest to the kind's header. */
    private static Set<RegisterColumn> bestHeader(List<Table> tables, HeaderMatcher<RegisterColumn> matcher,
                                                  RegisterKind kind) {
        Set<RegisterColumn> best = Set.of();
        int fewest = Integer.MAX_VALUE;
        for (Table t : tables) {
            for (Table.Row row : t.head().subList(0, Math.min(30, t.head().size()))) {
                Set<RegisterColumn> cols = matcher.match(row).keySet();
                String missing = RegisterColumn.missing(kind, cols);
                int n = missing.isEmpty() ? 0 : missing.split("、").length;
                if (!cols.isEmpty() && n < fewest) {
                    fewest = n;
                    best = cols;
                }
            }
        }
        return best;
    }

    /** The first non-blank row of the file, to show what its header looks like: "序号、项目、金额". */
    private static String firstRowText(List<Table> tables) {
        for (Table t : tables) {
            for (Table.Row row : t.firstNonBlank().stream().toList()) {
                Set<String> texts = new LinkedHashSet<>();
                for (Table.Cell c : row.cells()) {
                    String s = ChineseText.displayLine(c.text());
                    if (!s.isEmpty() && texts.size() < 8) texts.add(s.length() > 20 ? s.substring(0, 20) + "…" : s);
                }
                return String.join("、", texts);
            }
        }
        return "";
    }

    /**
     * One instance per value: a register of a million rows repeats its names, topics and dates, and
     * the rows it keeps must fit a small heap. Bounded, so a register of all-different values costs
     * no more than without it.
     */
    private <T> T same(T value) {
        if (value == null) return null;
        @SuppressWarnings("unchecked")
        T kept = (T) seen.get(value);
        if (kept != null) return kept;
        if (seen.size() < MAX_SEEN) seen.put(value, value);
        return value;
    }

    private void unreadable(String rel, Localized reason) {
        findings.add(RegisterRules.REGISTER_UNREADABLE.at(Location.file(rel), unit, null, reason.key(), rel, reason));
        unread.add(rel);
    }

    // ------------------------------------------------------------------ rows

    /** One pass over the data rows of a recognised register sheet. */
    private final class Rows {
        private final String file;
        private final Table table;
        private final HeaderMatcher.Header<RegisterColumn> header;
        private final HeaderMatcher<RegisterColumn> matcher;
        private final RegisterKind kind;

        Rows(String file, Table table, HeaderMatcher.Header<RegisterColumn> header,
             HeaderMatcher<RegisterColumn> matcher, RegisterKind kind) {
            this.file = file;
            this.table = table;
            this.header = header;
            this.matcher = matcher;
            this.kind = kind;
        }

        void read() {
            table.forEachRow(header.rowIndex() + 1, row -> {
                if (isHeaderAgain(row) || isFootnote(row)) return;
                switch (kind) {
                    case ROSTER -> officer(row);
                    case TRAINING -> training(row);
                    case NORMATIVE_DOCS -> normativeDoc(row);
                    case LAW_STUDY -> event(row, lawStudies, RegisterColumn.TOPIC, RegisterColumn.CONTENT, RegisterColumn.SCOPE);
                    case CASE_REVIEWS -> event(row, caseReviews, RegisterColumn.SCOPE, RegisterColumn.CONTENT, RegisterColumn.TOPIC);
                }
            });
        }

        private void officer(Table.Row row) {
            String name = ChineseText.compact(text(row, RegisterColumn.NAME));
            String certificate = RegisterCells.certificate(text(row, RegisterColumn.CERTIFICATE));
            Set<String> posts = new LinkedHashSet<>();
            for (int c : header.all(RegisterColumn.POST)) {
                String p = ChineseText.displayLine(row.cell(c).text());
                if (!p.isEmpty()) posts.add(p);
            }
            if (name.isEmpty()) {
                if (!certificate.isEmpty() || !posts.isEmpty()) blank(row, RegisterColumn.NAME);
                return;
            }
            Officer officer = new Officer(same(name), same(certificate), same(String.join("、", posts)),
                    at(row, RegisterColumn.NAME));
            if (!certificate.isEmpty()) {
                Officer first = byCertificate.get(certificate);
                if (first != null) {
                    repeatedCertificates.add(new RepeatedCertificate(certificate, name, at(row, RegisterColumn.CERTIFICATE), first));
                    return;
                }
                byCertificate.put(certificate, officer);
            }
            officers.add(officer);
        }

        private void training(Table.Row row) {
            if (blankIn(row, RegisterColumn.NAME, RegisterColumn.DATE, RegisterColumn.HOURS)) return;
            LocalDate date = date(row);
            if (date != null && !period.contains(date)) {
                outside.merge(kind, 1, Integer::sum);
                return;
            }
            List<String> names = RegisterCells.names(text(row, RegisterColumn.NAME));
            if (names.isEmpty()) blank(row, RegisterColumn.NAME);
            Double hours = hours(row);
            if (date == null || hours == null || names.isEmpty()) return;
            String certificateCell = text(row, RegisterColumn.CERTIFICATE);
            List<String> certificates = names.size() == 1 ? List.of(RegisterCells.certificate(certificateCell))
                    : RegisterCells.names(certificateCell).stream().map(RegisterCells::certificate).toList();
            String content = firstText(row, RegisterColumn.CONTENT, RegisterColumn.TOPIC);
            for (int i = 0; i < names.size(); i++) {
                // a session's attendees in one cell: their certificates pair up only when the counts agree
                String certificate = certificates.size() == names.size() ? certificates.get(i) : "";
                training.add(new TrainingRow(same(names.get(i)), same(certificate), same(date), same(content), hours,
                        at(row, RegisterColumn.NAME)));
            }
        }

        private void normativeDoc(Table.Row row) {
            String number = ChineseText.displayLine(text(row, RegisterColumn.NUMBER));
            String title = ChineseText.displayLine(text(row, RegisterColumn.TITLE));
            if (number.isEmpty() && title.isEmpty()) return;
            LocalDate date = date(row);
            if (date == null) return;
            if (!period.contains(date)) {
                outside.merge(kind, 1, Integer::sum);
                return;
            }
            boolean reviewed = RegisterCells.reviewed(text(row, RegisterColumn.REVIEW));
            RegisterColumn where = number.isEmpty() ? RegisterColumn.TITLE : RegisterColumn.NUMBER;
            normativeDocs.add(new NormativeDoc(same(number), same(title), same(date), reviewed, at(row, where)));
        }

        private void event(Table.Row row, List<DatedEvent> into, RegisterColumn... subjectColumns) {
            String subject = firstText(row, subjectColumns);
            if (subject.isEmpty() && cell(row, RegisterColumn.DATE).isBlank()) return;
            LocalDate date = date(row);
            if (date == null) return;
            if (!period.contains(date)) {
                outside.merge(kind, 1, Integer::sum);
                return;
            }
            into.add(new DatedEvent(same(date), same(subject), at(row, RegisterColumn.DATE)));
        }

        /** The row's date, or null after a finding when it is blank or cannot be read. */
        private LocalDate date(Table.Row row) {
            Table.Cell cell = cell(row, RegisterColumn.DATE);
            if (cell.isBlank()) {
                blank(row, RegisterColumn.DATE);
                return null;
            }
            Optional<LocalDate> d = RegisterCells.date(cell, period);
            if (d.isEmpty()) {
                bad(row, RegisterColumn.DATE, cell.text(), Localized.of("register.cell.date"));
                return null;
            }
            return d.get();
        }

        /** The row's hours, or null after a finding when they are blank or cannot be read. */
        private Double hours(Table.Row row) {
            Table.Cell cell = cell(row, RegisterColumn.HOURS);
            if (cell.isBlank()) {
                blank(row, RegisterColumn.HOURS);
                return null;
            }
            OptionalDouble h = RegisterCells.hours(cell);
            if (h.isEmpty()) {
                bad(row, RegisterColumn.HOURS, cell.text(), Localized.of("register.cell.hours"));
                return null;
            }
            return h.getAsDouble();
        }

        private void blank(Table.Row row, RegisterColumn column) {
            bad(row, column, "", Localized.of("register.cell.blank"));
        }

        private void bad(Table.Row row, RegisterColumn column, String value, Localized expected) {
            String shown = ChineseText.displayLine(value);
            findings.add(RegisterRules.REGISTER_CELL.at(at(row, column), unit, null,
                    column.builtinName() + ":" + shown, file, row.number(), headerText(column), shown, expected));
        }

        private boolean blankIn(Table.Row row, RegisterColumn... columns) {
            for (RegisterColumn c : columns) {
                if (!cell(row, c).isBlank()) return false;
            }
            return true;
        }

        private Table.Cell cell(Table.Row row, RegisterColumn column) {
            int c = header.first(column);
            return c < 0 ? Table.Cell.EMPTY : row.cell(c);
        }

        private String text(Table.Row row, RegisterColumn column) {
            return cell(row, column).text();
        }

        private String firstText(Table.Row row, RegisterColumn... columns) {
            for (RegisterColumn c : columns) {
                String t = ChineseText.displayLine(text(row, c));
                if (!t.isEmpty()) return t;
            }
            return "";
        }

        private Location at(Table.Row row, RegisterColumn column) {
            int c = header.first(column);
            return Location.cell(file, row.number(), c < 0 ? null : Table.columnLetter(c));
        }

        /** The header of a column as the file writes it ("培训学时"), for messages; the built-in name if none. */
        private String headerText(RegisterColumn column) {
            int c = header.first(column);
            if (c >= 0) {
                for (int r = header.rowIndex(); r >= Math.max(0, header.rowIndex() - 1); r--) {
                    String h = ChineseText.displayLine(table.head().get(r).cell(c).text());
                    if (!h.isEmpty() && matcher.fieldOf(h) == column) return h;
                }
            }
            return column.builtinName();
        }

        /** The header row typed again further down (a table printed on several pages). */
        private boolean isHeaderAgain(Table.Row row) {
            return matcher.match(row).keySet().containsAll(header.columns().keySet());
        }

        /**
         * A row that is no record: a total (合计), a note or signature line (注：…, 填表人：…), or one
         * text spread over merged cells or typed outside the register's columns (a footnote, a 序号 alone).
         */
        private boolean isFootnote(Table.Row row) {
            List<Integer> filled = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cell(c);
                if (cell.isBlank()) continue;
                if (TOTAL_WORDS.contains(ChineseText.compact(cell.text()))) return true;
                filled.add(c);
            }
            if (filled.isEmpty()) return true;
            String first = ChineseText.compact(row.cell(filled.get(0)).text());
            int colon = first.indexOf(':');
            if (colon > 0 && colon <= 6 && FOOTNOTE_STARTS.stream().anyMatch(first::startsWith)) return true;
            boolean oneText = filled.stream().map(c -> row.cell(c).text()).distinct().count() == 1;
            if (!oneText) return false;
            Set<Integer> used = new java.util.HashSet<>();
            header.columns().values().forEach(used::addAll);
            return filled.size() > 1 || !used.contains(filled.get(0));
        }
    }
}
