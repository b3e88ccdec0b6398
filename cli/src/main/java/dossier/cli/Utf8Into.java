package dossier.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Bytes sent to "-" when the caller gave only a writer (tests in-process): decoded as UTF-8 on flush. */
final class Utf8Into extends ByteArrayOutputStream {
    private final PrintWriter out;

    Utf8Into(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void flush() {
        out.print(toString(StandardCharsets.UTF_8));
        out.flush();
        reset();
    }
}
