package dossier.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of dossier.yaml's {@code registers:} section, read when the file is loaded.
 *
 * @param key      as written: a keyword the file name contains, or a *-glob over the whole name
 * @param kind     the kind it sets, or null to recognise the kind as usual
 * @param columns  for a built-in column, by its built-in name (姓名, 学时 …), the headers that mean it
 * @param location where the entry was written
 */
public record RegisterSetting(String key, RegisterKind kind, Map<String, List<String>> columns, Location location) {

    public RegisterSetting {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        columns.forEach((column, headers) -> copy.put(column, List.copyOf(headers)));
        columns = Collections.unmodifiableMap(copy);
    }
}
