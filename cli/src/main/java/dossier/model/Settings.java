package dossier.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dossier.yaml, every default applied. Paths are relative to the repository; {@code null}
 * indicators/units mean "look for the usual names". Threshold, register and scoring sections
 * are kept as plain maps for the parts of dossier that read them, and so are notices and bulletin.
 * {@code history} is the snapshot folder, relative to the repository (default {@code <out>/history}).
 */
public record Settings(String name, String region, int year, Period period,
                       String indicators, String units, String evidence, String out, String sheet,
                       List<Milestone> milestones, int dueSoonDays,
                       Set<String> allowedExtensions, long maxFileSize,
                       List<ThresholdOverride> thresholds, Map<String, Object> registers,
                       List<ScoringSetting> scoring, List<Waiver> waivers,
                       Map<String, String> severity, String nextSteps,
                       String history, Map<String, Object> notices, Map<String, Object> bulletin,
                       Map<String, Location> places) {

    public static final String COLLECT_MILESTONE = "收集印证资料";
    public static final long DEFAULT_MAX_SIZE = 200L * 1024 * 1024;
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of(
            "pdf", "doc", "docx", "wps", "ofd", "txt", "md", "xls", "xlsx", "et", "ppt", "pptx", "dps",
            "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp",
            "mp4", "mov", "avi", "wmv", "flv", "mkv");

    public Settings {
        milestones = List.copyOf(milestones);
        allowedExtensions = Set.copyOf(allowedExtensions);
        thresholds = List.copyOf(thresholds);
        registers = Map.copyOf(registers);
        scoring = List.copyOf(scoring);
        waivers = List.copyOf(waivers);
        severity = Map.copyOf(severity);
        places = Map.copyOf(places);
        notices = Map.copyOf(notices);
        bulletin = Map.copyOf(bulletin);
    }

    /** The milestone tasks without a date of their own fall due with (收集印证资料). */
    public Milestone collectMilestone() {
        return milestones.stream().filter(m -> m.name().equals(COLLECT_MILESTONE)).findFirst()
                .orElse(milestones.isEmpty() ? null : milestones.get(0));
    }

    /**
     * Where a key of dossier.yaml sits, for a message about it: the line and column of
     * {@code thresholds.review_rate.target}, else of its nearest enclosing key, else just the file.
     */
    public Location place(String... path) {
        for (int n = path.length; n > 0; n--) {
            Location at = places.get(String.join(".", Arrays.copyOf(path, n)));
            if (at != null) return at;
        }
        return Location.file("dossier.yaml");
    }
}
