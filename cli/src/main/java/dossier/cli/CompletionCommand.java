package dossier.cli;

import dossier.model.Location;
import dossier.shared.InputException;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** Prints a completion script; picocli's works in zsh once bashcompinit is loaded. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class CompletionCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "bash|zsh", descriptionKey = "shell")
    String shell;

    CompletionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("dossier", spec.root().commandLine());
        switch (shell.toLowerCase(Locale.ROOT)) {
            case "bash" -> session.out().print(script);
            case "zsh" -> session.out().print("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script);
            default -> throw new InputException(Location.NONE, "arg.badShell", shell);
        }
        session.out().flush();
        return ExitCode.OK.code();
    }
}
