package dossier.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's message arguments: the names its rule declares (one list shared by every finding of
 * the rule) and this finding's values, in that order. Immutable; a value may be null.
 * <p>
 * A run on a large repository holds millions of findings: this costs an array where a
 * {@code LinkedHashMap} cost a table and an entry per argument (about 230 bytes a finding).
 */
public final class MessageArgs extends AbstractMap<String, Object> {
    private static final MessageArgs NONE = new MessageArgs(List.of(), new Object[0]);

    private final List<String> names;
    private final Object[] values;

    private MessageArgs(List<String> names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** @param names distinct, kept as given (share one immutable list); {@code values} in the same order */
    public static MessageArgs of(List<String> names, Object[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names, " + values.length + " values");
        }
        return values.length == 0 ? NONE : new MessageArgs(names, values.clone());
    }

    /** The same entries in the same order: itself when it already is one. */
    public static MessageArgs copyOf(Map<String, Object> args) {
        if (args instanceof MessageArgs m) return m;
        if (args.isEmpty()) return NONE;
        String[] names = new String[args.size()];
        Object[] values = new Object[args.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new MessageArgs(List.of(names), values);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : values[i];
    }

    /** The rule's names: AbstractMap would keep a view object in every finding that was ever asked. */
    @Override
    public Set<String> keySet() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
    }

    @Override
    public java.util.Collection<Object> values() {
        return java.util.Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= values.length) throw new NoSuchElementException();
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names.get(i), values[i]);
                    }
                };
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(", ");
            out.append(names.get(i)).append('=').append(values[i]);
        }
        return out.append('}').toString();
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < values.length; i++) h += names.get(i).hashCode() ^ java.util.Objects.hashCode(values[i]);
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof MessageArgs m && m.names.equals(names)) return Arrays.equals(values, m.values);
        return super.equals(o);
    }
}
