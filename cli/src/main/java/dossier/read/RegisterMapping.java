package dossier.read;

import dossier.model.RegisterKind;
import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of dossier.yaml's {@code registers} section, the one that applies to a register file
 * (see {@link RegisterReader} for the format). {@code problem} says what in the entry cannot be
 * used ("kind: trainning", "columns.工时"); such an entry makes its files unreadable rather than
 * silently read another way.
 *
 * @param key     the entry's key as written (a keyword or a *-glob)
 * @param kind    the kind it sets, or null to recognise the kind as usual
 * @param columns for each built-in column, the headers that mean it in this file
 */
record RegisterMapping(String key, RegisterKind kind, Map<RegisterColumn, List<String>> columns, String problem) {

    /** The first entry, in the order dossier.yaml lists them, whose key matches the file name. */
    static Optional<RegisterMapping> forFile(Map<String, Object> registers, String fileName) {
        for (Map.Entry<String, Object> e : registers.entrySet()) {
            if (matches(e.getKey(), fileName)) return Optional.of(parse(e.getKey(), e.getValue()));
        }
        return Optional.empty();
    }

    /**
     * A key with * or ? is a glob over the whole file name ("*学习记录*.xlsx"); any other key is a
     * keyword the name contains. Both ignore case, spaces and full-width forms.
     */
    static boolean matches(String key, String fileName) {
        String k = normal(key);
        String name = normal(fileName);
        if (k.isEmpty()) return false;
        if (k.indexOf('*') < 0 && k.indexOf('?') < 0) return name.contains(k);
        StringBuilder regex = new StringBuilder();
        for (char c : k.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return name.matches(regex.toString());
    }

    private static RegisterMapping parse(String key, Object value) {
        RegisterKind kind = null;
        Map<RegisterColumn, List<String>> columns = new EnumMap<>(RegisterColumn.class);
        if (value instanceof String s) {
            // shorthand: 学习记录: law_study
            kind = kindOf(s);
            if (kind == null && !s.isBlank()) return bad(key, "kind: " + s);
            return new RegisterMapping(key, kind, columns, null);
        }
        if (!(value instanceof Map<?, ?> map)) return bad(key, String.valueOf(value));
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = String.valueOf(e.getKey()).strip();
            Object v = e.getValue();
            switch (k) {
                case "kind" -> {
                    String s = v instanceof String t ? t : String.valueOf(v);
                    if (s.isBlank()) break;
                    kind = kindOf(s);
                    if (kind == null) return bad(key, "kind: " + s);
                }
                case "columns" -> {
                    if (v instanceof String t && t.isBlank()) break;
                    if (!(v instanceof Map<?, ?> cols)) return bad(key, "columns");
                    for (Map.Entry<?, ?> c : cols.entrySet()) {
                        String builtin = String.valueOf(c.getKey());
                        Optional<RegisterColumn> column = RegisterColumn.byMappingKey(builtin);
                        List<String> headers = headers(c.getValue());
                        if (column.isEmpty()) return bad(key, "columns." + builtin);
                        if (headers.isEmpty()) return bad(key, "columns." + builtin + ": " + c.getValue());
                        columns.computeIfAbsent(column.get(), x -> new ArrayList<>()).addAll(headers);
                    }
                }
                default -> {
                    return bad(key, k);
                }
            }
        }
        return new RegisterMapping(key, kind, columns, null);
    }

    private static List<String> headers(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            if (!s.isBlank()) out.add(s.strip());
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) out.add(s.strip());
            }
        }
        return out;
    }

    private static RegisterMapping bad(String key, String problem) {
        return new RegisterMapping(key, null, Map.of(), problem);
    }

    /** roster, training, normative_docs, law_study, case_reviews; or the Chinese names (名册, 培训台账 …). */
    static RegisterKind kindOf(String text) {
        String t = normal(text).replace('-', '_');
        for (RegisterKind k : RegisterKind.values()) {
            if (t.equals(k.id())) return k;
        }
        return RegisterReader.kindsInName(t).size() == 1 ? RegisterReader.kindsInName(t).get(0) : null;
    }

    /**
     * The header names to look for in a file this entry applies to: the built-in ones, with each
     * mapped header put first for its column and taken away from every other column.
     */
    Map<RegisterColumn, List<String>> headerNames() {
        Map<RegisterColumn, List<String>> out = new LinkedHashMap<>();
        List<String> mapped = new ArrayList<>();
        columns.values().forEach(list -> list.forEach(h -> mapped.add(normal(h))));
        for (Map.Entry<RegisterColumn, List<String>> e : RegisterColumn.headerNames().entrySet()) {
            List<String> names = new ArrayList<>(columns.getOrDefault(e.getKey(), List.of()));
            for (String h : e.getValue()) {
                if (!mapped.contains(normal(h))) names.add(h);
            }
            out.put(e.getKey(), names);
        }
        return out;
    }

    private static String normal(String s) {
        return ChineseText.compact(s).toLowerCase(Locale.ROOT);
    }
}
