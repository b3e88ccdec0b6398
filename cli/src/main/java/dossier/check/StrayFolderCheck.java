package dossier.check;

import dossier.model.FileFacts;
import dossier.model.Finding;
import dossier.model.FolderFacts;
import dossier.model.Location;
import dossier.model.TaskKey;
import dossier.model.Unit;
import dossier.rules.CoverageRules;
import dossier.rules.Rule;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is filed where nothing counts: a folder that names no unit, an indicator folder without an
 * id, with an id the sheet does not have, or for a task the unit does not have, and files left loose
 * where only folders belong. Each says what was probably meant, when something is close.
 */
final class StrayFolderCheck implements Check {
    @Override
    public String name() {
        return "stray-folders";
    }

    @Override
    public List<Rule> rules() {
        return List.of(CoverageRules.UNKNOWN_UNIT_FOLDER, CoverageRules.UNKNOWN_INDICATOR_FOLDER,
                CoverageRules.FOLDER_WITHOUT_ID, CoverageRules.UNASSIGNED_FOLDER, CoverageRules.LOOSE_FILE);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        List<String> units = model.campaign().units().stream().map(Unit::name).toList();
        Map<String, String> indicators = new LinkedHashMap<>();
        model.campaign().indicators().forEach(i -> indicators.put(i.id(), i.name()));
        Set<TaskKey> tasks = model.campaign().tasks().stream().map(TaskKey::of).collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>();
        for (FolderFacts folder : model.inventory().folders()) {
            String name = folder.name();
            Location at = Location.file(folder.path());
            switch (folder.kind()) {
                case NOT_A_UNIT -> out.add(CoverageRules.UNKNOWN_UNIT_FOLDER.at(at, null, null, name, name,
                        DidYouMean.suggest(name, units).orElse("")));
                case WITHOUT_ID -> out.add(CoverageRules.FOLDER_WITHOUT_ID.at(at, folder.unit(), null, name, name,
                        byTitle(name, indicators).orElse("")));
                case UNKNOWN_ID -> out.add(CoverageRules.UNKNOWN_INDICATOR_FOLDER.at(at, folder.unit(), null, name, name,
                        folder.indicator(), byId(folder.indicator(), name, indicators).orElse("")));
                case INDICATOR -> {
                    if (!tasks.contains(new TaskKey(folder.indicator(), folder.unit()))) {
                        out.add(CoverageRules.UNASSIGNED_FOLDER.at(at, folder.unit(), folder.indicator(), name,
                                folder.unit(), folder.indicator()));
                    }
                }
            }
        }
        for (FileFacts f : model.inventory().files()) {
            if (f.loose() && !f.tempOrSystem() && f.kind().isFile()) {
                out.add(CoverageRules.LOOSE_FILE.at(Location.file(f.path()), f.unit(), null, f.path(), f.path()));
            }
        }
        return Verdict.of(out);
    }

    /**
     * For a folder whose id is not in this year's sheet: an indicator one edit away whose name agrees
     * with the folder's title (7.3 法治培训 → 7.2 法治培训). An id dropped from the sheet is not a typo
     * for its neighbour, so a near id with another title is no suggestion.
     */
    static Optional<String> byId(String id, String folderName, Map<String, String> indicators) {
        String title = titleOf(folderName);
        int allowed = Math.max(1, id.length() / 3);
        for (Map.Entry<String, String> i : indicators.entrySet()) {
            String name = ChineseText.compact(i.getValue());
            int agree = Math.min(4, Math.min(title.length(), name.length()));
            if (DidYouMean.distance(id, i.getKey()) <= allowed && agree >= 2 && longestCommonRun(title, name) >= agree) {
                return Optional.of(i.getKey() + " " + i.getValue());
            }
        }
        return Optional.empty();
    }

    /** The indicator whose name shares the longest run of characters (4 or more) with the folder's title. */
    static Optional<String> byTitle(String folderName, Map<String, String> indicators) {
        String title = titleOf(folderName);
        String best = null;
        int bestLength = 3;
        for (Map.Entry<String, String> i : indicators.entrySet()) {
            int common = longestCommonRun(title, ChineseText.compact(i.getValue()));
            if (common > bestLength) {
                bestLength = common;
                best = i.getKey() + " " + i.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A folder name without its leading id: "7.3 法治培训" → "法治培训". */
    private static String titleOf(String folderName) {
        return ChineseText.compact(folderName.replaceFirst("^[\\d.、．\\-\\s]+", ""));
    }

    private static int longestCommonRun(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
