package dossier.shared;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A read-only list whose elements are made when they are read, not held: an output of a million
 * rows (json arrays, ledger rows) is written one element at a time. Each read makes the element
 * again, so a list meant to be read once.
 */
public final class MadeOnRead {
    private MadeOnRead() {
    }

    /** {@code size} elements, the i-th made by {@code element} each time it is read. */
    public static <T> List<T> list(int size, IntFunction<? extends T> element) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return element.apply(Objects.checkIndex(index, size));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
