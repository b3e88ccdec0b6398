package dossier.cli;

import dossier.i18n.FindingText;
import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.shared.InputException;
import dossier.write.ControlChars;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** The only place that exits the process; {@link #run} is what tests call in-process. */
public final class Main {
    static {
        // POI logs through log4j-api; without a backend it would print a warning on every run.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        // POI logs a damaged part (a DOCTYPE'd [Content_Types].xml) as FATAL with a stack trace
        // before it throws; the reader names the file in a finding, so the log adds only noise.
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        // picocli looks up converters for java.time and java.sql types by reflection on every start;
        // no option here has such a type, and skipping them is a tenth of a second at each start-up
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        boolean debug = System.getenv().containsKey("DOSSIER_DEBUG");
        // dossier speaks through err alone. What libraries print to System.err (the JDK's XML parser
        // prints "[Fatal Error]" for a damaged part before it throws; log backends; the JVM's report
        // of a worker thread's Error) is noise: the damaged file is named in a message or finding.
        if (!debug) System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        int code;
        try {
            code = run(args, out, err, System.out, System.getenv(), System.console() != null);
        } catch (Error e) {
            // so little memory that even setting up the command line failed: no message bundle to hand
            err.println("错误：内存不足 / error: out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB)");
            if (debug) e.printStackTrace(err);
            code = ExitCode.INTERNAL.code();
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static Charset consoleCharset() {
        for (String key : new String[]{"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(key);
            if (name != null && Charset.isSupported(name)) return Charset.forName(name);
        }
        return StandardCharsets.UTF_8;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        return run(args, out, err, new Utf8Into(out), env, terminal);
    }

    /** stdout: the same stream as out, as bytes (a ledger or zip sent to "-"). */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, java.io.OutputStream stdout,
                          Map<String, String> env, boolean terminal) {
        // File names and cells reach messages; their control characters must not reach the terminal raw.
        PrintWriter out = new PrintWriter(ControlChars.forTerminal(rawOut), true);
        PrintWriter err = new PrintWriter(ControlChars.forTerminal(rawErr), true);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the one answer that needs neither the messages nor the command tree: it comes at once
            for (String line : new VersionProvider().getVersion()) out.println(line);
            out.flush();
            return ExitCode.OK.code();
        }
        Optional<String> requested = requestedLang(args, env);
        Lang lang = requested.flatMap(Lang::parse).orElse(Lang.ZH);
        Messages messages = Messages.of(lang);
        if (requested.isPresent() && Lang.parse(requested.get()).isEmpty()) {
            err.println(messages.get("error.prefix") + messages.get("arg.badLang", requested.get()));
            err.flush();
            return ExitCode.UNUSABLE_INPUT.code();
        }
        Session session = new Session(out, err, lang, terminal, env, stdout);
        if (plainRulesListing(args)) {
            // picocli's classes (Java 5 bytecode) cannot be kept in the class-data archive, so building
            // its command tree is most of a short run: the catalogue, asked for with at most a
            // language, is listed without it
            int code;
            try {
                code = new RulesCommand(session).call();
            } catch (Exception | Error e) {
                code = failure(e, messages, err, env);
            }
            out.flush();
            err.flush();
            return code;
        }
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", () -> new InitCommand(session));
        commands.put("validate", () -> new ValidateCommand(session));
        commands.put("rules", () -> new RulesCommand(session));
        commands.put("ledger", () -> new LedgerCommand(session));
        commands.put("report", () -> new ReportCommand(session));
        commands.put("site", () -> new SiteCommand(session));
        commands.put("templates", () -> new TemplatesCommand(session));
        commands.put("package", () -> new PackageCommand(session));
        commands.put("completion", () -> new CompletionCommand(session));
        commands.put("verify", () -> new VerifyCommand(session));
        commands.put("aggregate", () -> new AggregateCommand(session));
        commands.put("notices", () -> new NoticesCommand(session));
        commands.put("bulletin", () -> new BulletinCommand(session));
        CommandLine cli = new CommandLine(new DossierCommand());
        for (String name : needed(args, commands.keySet())) cli.addSubcommand(name, commands.get(name).get());
        cli.setResourceBundle(ResourceBundle.getBundle("dossier.help", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> badArgument(e, messages, err));
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, messages, err, env));
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; an Error (out of memory, a library class
            // missing for an odd input) must still end as one line and exit 3, never a trace and 1
            code = failure(e, messages, err, env);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The subcommands this run needs: picocli inspects every registered command at start-up (a third
     * of the time `dossier --version` takes), so a run names one and gets that one; help, completion
     * and anything unknown get them all.
     */
    static Collection<String> needed(String[] args, Collection<String> all) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang")) {
                i++;
            } else if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (!a.startsWith("-")) {
                return all.contains(a) && !a.equals("completion") ? List.of(a) : all;
            }
        }
        return version ? List.of() : all;
    }

    /** {@code rules}, alone or with {@code --lang X} / {@code --lang=X} before or after it. */
    static boolean plainRulesListing(String[] args) {
        boolean rules = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) i++;
            else if (args[i].startsWith("--lang=")) continue;
            else if (args[i].equals("rules") && !rules) rules = true;
            else return false;
        }
        return rules;
    }

    private static Optional<String> requestedLang(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--lang") && i + 1 < args.length) return Optional.of(args[i + 1]);
            if (args[i].startsWith("--lang=")) return Optional.of(args[i].substring(7));
        }
        String fromEnv = env.get("DOSSIER_LANG");
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv);
    }

    private static int badArgument(CommandLine.ParameterException e, Messages messages, PrintWriter err) {
        String text;
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            text = messages.get("arg.unknownOption", String.join(" ", u.getUnmatched()));
        } else if (e instanceof CommandLine.MissingParameterException) {
            text = messages.get("arg.missingValue", e.getMessage());
        } else {
            text = messages.get("arg.invalid", e.getMessage());
        }
        err.println(messages.get("error.prefix") + text);
        err.println(messages.get("arg.seeHelp", e.getCommandLine().getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.UNUSABLE_INPUT.code();
    }

    private static int failure(Throwable e, Messages messages, PrintWriter err, Map<String, String> env) {
        if (e instanceof InputException input) {
            String where = new FindingText(messages).location(input.location());
            String sep = messages.lang() == Lang.ZH ? "：" : ": ";
            err.println(messages.get("error.prefix") + (where.isEmpty() ? "" : where + sep)
                    + messages.format(input.key(), input.args()));
            err.flush();
            return ExitCode.UNUSABLE_INPUT.code();
        }
        Throwable exhausted = exhaustion(e);
        if (exhausted != null) {
            // Out of memory or stack: an input the limits did not foresee; one line, never "findings" (1).
            err.println(messages.get("error.prefix") + messages.get(exhausted instanceof StackOverflowError
                    ? "error.tooDeep" : "error.outOfMemory", Runtime.getRuntime().maxMemory() >> 20));
        } else {
            err.println(messages.get("error.internal", e.getClass().getName() + ": " + e.getMessage()));
        }
        if (env.containsKey("DOSSIER_DEBUG")) e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    /** The OutOfMemoryError or StackOverflowError behind e (a worker thread's arrives wrapped), or null. */
    private static Throwable exhaustion(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError) return t;
            if (t.getCause() == t) break;
        }
        return null;
    }
}
