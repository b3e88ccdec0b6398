package dossier.check;

import dossier.model.FileFacts;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.rules.FileRules;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** The same evidence filed in more than one place: each copy is flagged, with every other place listed. */
final class DuplicateCheck implements Check {
    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public List<Rule> rules() {
        return List.of(FileRules.DUPLICATE);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        List<Finding> out = new ArrayList<>();
        for (List<FileFacts> same : model.inventory().sameContent()) {
            if (same.size() < 2) continue;
            List<String> places = same.stream().map(FileFacts::path).toList();
            for (FileFacts f : same) {
                List<String> others = places.stream().filter(p -> !p.equals(f.path())).toList();
                out.add(FileRules.DUPLICATE.at(Location.file(f.path()), f.unit(), f.indicator(), f.path(), f.path(),
                        others.size(), others));
            }
        }
        return Verdict.of(out);
    }
}
