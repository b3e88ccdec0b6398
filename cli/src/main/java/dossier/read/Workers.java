package dossier.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A few threads, the caller among them, that each take the next item of a list until none is left.
 * One hand-off per thread, not one per item: when the content cache answers, an item (a folder, a
 * file's fingerprint) takes microseconds, and handing each to a pool cost more than the work.
 */
final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    /** Twice the cores (reading waits on the disk), at least 2, at most 16. */
    Workers() {
        this.threads = Math.max(2, Math.min(16, Runtime.getRuntime().availableProcessors() * 2));
        this.pool = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "dossier-walk");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Each item's result, in the items' order. A RuntimeException of an item is thrown after every
     * item has run, the first in the items' order, as when each item was a task of its own.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        Object[] results = new Object[items.size()];
        RuntimeException[] failures = new RuntimeException[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable take = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException e) {
                    failures[i] = e;
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, items.size()); t++) helpers.add(pool.submit(take));
        take.run();
        for (Future<?> helper : helpers) join(helper);
        for (RuntimeException failure : failures) {
            if (failure != null) throw failure;
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
