package dossier.write;

/** Terminal colours, or plain text when the output is not a terminal or colour is off. */
final class Ansi {
    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    String bold(String s) {
        return wrap("1", s);
    }

    String dim(String s) {
        return wrap("2", s);
    }

    String red(String s) {
        return wrap("31", s);
    }

    String green(String s) {
        return wrap("32", s);
    }

    String yellow(String s) {
        return wrap("33", s);
    }

    String cyan(String s) {
        return wrap("36", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
    }
}
