package dossier.write.report;

import dossier.write.ControlChars;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as templates see it: records become maps (component name → value), lists stay lists,
 * strings (without control characters: XML cannot hold them), numbers and booleans stay as they
 * are, nulls are left out. Templates then reach no
 * Java object and no method: data only.
 */
final class ModelMaps {
    private ModelMaps() {
    }

    static Object of(Object value) {
        if (value instanceof String s) return ControlChars.strip(s);
        if (value == null || value instanceof Number || value instanceof Boolean) return value;
        if (value instanceof Record r) return record(r);
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) out.add(of(o));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (v != null) out.put(String.valueOf(k), of(v));
            });
            return out;
        }
        return ControlChars.strip(String.valueOf(value));
    }

    static Map<String, Object> record(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(r);
                if (v != null) out.put(c.getName(), of(v));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
        return out;
    }
}
