package dossier.cli;

import dossier.i18n.Lang;
import dossier.i18n.Messages;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What every command needs from the process: the streams (injected, so tests run in-process; stdout
 * also as bytes, for a binary output sent to "-"),
 * the language, whether stdout is a terminal, and the environment.
 */
public record Session(PrintWriter out, PrintWriter err, Lang lang, boolean terminal, Map<String, String> env,
                      OutputStream stdout) {
    public Messages messages() {
        return Messages.of(lang);
    }

    /** Colour only on a terminal, and never with NO_COLOR set (no-color.org). */
    public boolean color(boolean noColorOption) {
        return terminal && !noColorOption && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
