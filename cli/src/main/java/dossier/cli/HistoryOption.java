package dossier.cli;

import dossier.history.History;
import dossier.history.Snapshots;
import dossier.model.Campaign;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --history DIR, shared by the commands that save or read snapshots; bad snapshots are warned about on stderr. */
public class HistoryOption {
    @Option(names = "--history", paramLabel = "DIR", descriptionKey = "history")
    Path history;

    Path folder(Campaign campaign) {
        return History.folder(campaign, history);
    }

    /** The campaign's snapshots; each file left out is named in a warning. */
    History.Folder read(Campaign campaign, Session session) {
        History.Folder folder = History.read(folder(campaign), Snapshots.source(campaign));
        for (History.Skipped s : folder.skipped()) {
            session.err().println(session.messages().get("history.skipped", s.file(),
                    session.messages().format(s.key(), s.args())));
        }
        session.err().flush();
        return folder;
    }
}
