package dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dossier.yaml, every default applied. Paths are relative to the repository; {@code null}
 * indicators/units mean "look for the usual names". The thresholds, registers, scoring
 * and waivers sections are read into records that keep where each entry was written; notices and
 * bulletin are kept as plain maps for the parts of dossier that read them.
 * {@code history} is the snapshot folder, relative to the repository (default {@code <out>/history}).
 */
public record Settings(String name, String region, int year, Period period,
                       String indicators, String units, String evidence, String out, String sheet,
                       List<Milestone> milestones, int dueSoonDays,
                       Set<String> allowedExtensions, long maxFileSize,
                       List<ThresholdOverride> thresholds, List<RegisterSetting> registers,
                       List<ScoringSetting> scoring, List<Waiver> waivers,
                       Map<String, String> severity, String nextSteps,
                       String history, Map<String, Object> notices, Map<String, Object> bulletin) {

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
        registers = List.copyOf(registers);
        scoring = List.copyOf(scoring);
        waivers = List.copyOf(waivers);
        severity = Map.copyOf(severity);
        notices = Map.copyOf(notices);
        bulletin = Map.copyOf(bulletin);
    }

    /** The milestone tasks without a date of their own fall due with (收集印证资料). */
    public Milestone collectMilestone() {
        return milestones.stream().filter(m -> m.name().equals(COLLECT_MILESTONE)).findFirst()
                .orElse(milestones.isEmpty() ? null : milestones.get(0));
    }
}
