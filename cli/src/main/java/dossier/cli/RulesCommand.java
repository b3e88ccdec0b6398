package dossier.cli;

import dossier.i18n.Messages;
import dossier.model.Location;
import dossier.rules.Rule;
import dossier.rules.Rules;
import dossier.shared.DidYouMean;
import dossier.shared.InputException;
import dossier.write.RulesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true)
final class RulesCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "rule-id")
    String id;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "rules-format")
    String format = "text";

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang")
    String lang;

    RulesCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Messages messages = session.messages();
        RulesWriter writer = new RulesWriter(messages);
        boolean json = format.strip().toLowerCase(Locale.ROOT).equals("json");
        if (!json && !format.strip().equalsIgnoreCase("text")) {
            throw new InputException(Location.NONE, "arg.badFormat", format, "text, json");
        }
        if (id == null) {
            if (json) writer.json(Rules.all(), session.out());
            else writer.table(Rules.all(), session.out());
        } else {
            Rule rule = Rules.byId(id).orElseThrow(() -> new InputException(Location.NONE, "arg.unknownRule", id,
                    DidYouMean.suggest(id, Rules.ids()).orElse(String.join(", ", Rules.ids()))));
            if (json) writer.json(java.util.List.of(rule), session.out());
            else writer.page(rule, session.out());
        }
        session.out().flush();
        return ExitCode.OK.code();
    }
}
