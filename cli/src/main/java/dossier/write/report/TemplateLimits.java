package dossier.write.report;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bounds on a user's template (SPEC: every command finishes in a 256 MB heap): it renders on its
 * own thread with a fixed stack (recursion and self-include end in a StackOverflowError there, not
 * in the caller), its output is capped, and it is stopped after a time limit: FreeMarker checks
 * the thread's interrupted flag in every loop and block of a template loaded through
 * {@link #configuration}, so {@code <#list 1..>} ends too.
 */
final class TemplateLimits {
    /** Characters of output: ten times the report of a 20,000-file repository. */
    static final int MAX_OUTPUT_CHARS = 16 << 20;
    static final long MAX_MILLIS = 60_000;
    private static final long STACK_BYTES = 8L << 20;
    private static final long STOP_GRACE_MILLIS = 2_000;

    /** Why a template was stopped; the caller names the template. */
    enum Exceeded { TIME, OUTPUT, DEPTH, MEMORY }

    static final class LimitException extends Exception {
        final Exceeded which;

        LimitException(Exceeded which) {
            super(which.name());
            this.which = which;
        }
    }

    private TemplateLimits() {
    }

    /** A Configuration whose every template, included ones too, stops when its thread is interrupted. */
    static Configuration configuration() {
        return new Configuration(Configuration.VERSION_2_3_34) {
            private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

            @Override
            public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                        boolean parseAsFTL, boolean ignoreMissing) throws IOException {
                Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
                synchronized (checked) {
                    if (t != null && checked.add(t)) _CoreAPI.addThreadInterruptedChecks(t);
                }
                return t;
            }
        };
    }

    /** The template's output over the model, or the limit it hit; its own errors come through unchanged. */
    static String render(Template template, Object model, long timeLimitMillis)
            throws TemplateException, IOException, LimitException {
        StringWriter text = new StringWriter();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                template.process(model, new Capped(text));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "template " + template.getName(), STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        if (!finished(worker, timeLimitMillis)) {
            worker.interrupt();
            if (!finished(worker, STOP_GRACE_MILLIS)) stop(worker);
            throw new LimitException(Exceeded.TIME);
        }
        Throwable t = failure.get();
        if (t == null) return text.toString();
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof OutputTooLarge) throw new LimitException(Exceeded.OUTPUT);
            if (c instanceof StackOverflowError) throw new LimitException(Exceeded.DEPTH);
            // A single huge string (?left_pad(1.5e9)) fails to allocate; the thread's work is dropped with it.
            if (c instanceof OutOfMemoryError) throw new LimitException(Exceeded.MEMORY);
        }
        if (t instanceof TemplateException e) throw e;
        if (t instanceof IOException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    private static boolean finished(Thread worker, long millis) {
        try {
            worker.join(millis);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
        }
        return !worker.isAlive();
    }

    /**
     * Last resort for a loop FreeMarker does not check (one inside a {@code ?interpret}ed string):
     * Thread.stop still works on Java 17; on later JDKs the daemon thread is left to die with the process.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // left running as a daemon; the command still ends
        }
    }

    static final class OutputTooLarge extends IOException {
        OutputTooLarge() {
            super("template output over " + MAX_OUTPUT_CHARS + " characters");
        }
    }

    /** Stops the template once it has written more than the limit. */
    private static final class Capped extends Writer {
        private final Writer out;
        private long written;

        Capped(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            written += len;
            if (written > MAX_OUTPUT_CHARS) throw new OutputTooLarge();
            out.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
