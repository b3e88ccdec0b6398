package dossier.cli;

import dossier.shared.Progress;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, only when stderr is a terminal (the launchers say so in
 * DOSSIER_STDERR_TTY, since Java cannot tell), never with -q or NO_COLOR. Redrawn at most ten
 * times a second and erased at the end, so logs never see it.
 */
final class ProgressLine implements Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private long lastDraw;
    private boolean drawn;

    private ProgressLine(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    static Progress of(Session session, CommonOptions common) {
        boolean tty = "1".equals(session.env().get("DOSSIER_STDERR_TTY"));
        if (!tty || common.quiet || session.env().containsKey("NO_COLOR")) return Progress.NONE;
        return new ProgressLine(session.err(), session.messages().get("progress.walk"));
    }

    @Override
    public synchronized void advance(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void finish() {
        if (!drawn) return;
        err.print("\r" + " ".repeat(label.length() * 2 + WIDTH + 20) + "\r");
        err.flush();
    }
}
