package dossier.read;

import dossier.model.RegisterKind;
import dossier.model.RegisterSetting;
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
 * The entry of dossier.yaml's {@code registers} section that applies to a register file, with its
 * columns as the register reader knows them (the settings reader has checked every entry).
 *
 * @param key     the entry's key as written (a keyword or a *-glob)
 * @param kind    the kind it sets, or null to recognise the kind as usual
 * @param columns for each built-in column, the headers that mean it in this file
 */
record RegisterMapping(String key, RegisterKind kind, Map<RegisterColumn, List<String>> columns) {

    /** The first entry, in the order dossier.yaml lists them, whose key matches the file name. */
    static Optional<RegisterMapping> forFile(List<RegisterSetting> registers, String fileName) {
        for (RegisterSetting r : registers) {
            if (matches(r.key(), fileName)) return Optional.of(of(r));
        }
        return Optional.empty();
    }

    private static RegisterMapping of(RegisterSetting setting) {
        Map<RegisterColumn, List<String>> columns = new EnumMap<>(RegisterColumn.class);
        setting.columns().forEach((name, headers) -> columns.put(RegisterColumn.byMappingKey(name).orElseThrow(), headers));
        return new RegisterMapping(setting.key(), setting.kind(), columns);
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
