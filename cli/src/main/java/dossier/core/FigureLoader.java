package dossier.core;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Registers;
import dossier.read.MetricsReader;
import dossier.read.RegisterReader;
import dossier.read.RepoPaths;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each unit's declared figures (metrics.yaml) and registers (registers/), from its folder(s) under evidence/. */
public final class FigureLoader {
    public record Loaded(Map<String, UnitFigures> figures, List<Finding> findings, List<String> unread) {
    }

    private FigureLoader() {
    }

    public static Loaded load(Campaign campaign, Map<String, List<Path>> unitFolders) {
        RepoPaths paths = RepoPaths.of(campaign.root());
        Map<String, UnitFigures> figures = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : unitFolders.entrySet()) {
            String unit = e.getKey();
            MetricsReader.Result metrics = null;
            String metricsFile = null;
            RegisterReader.Result registers = null;
            for (Path folder : e.getValue()) {
                Path yaml = metricsFile(folder);
                if (metrics == null && yaml != null) {
                    metricsFile = paths.relative(yaml);
                    metrics = MetricsReader.read(yaml, metricsFile, unit, campaign.settings().year());
                }
                Path dir = folder.resolve("registers");
                if (registers == null && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    registers = RegisterReader.read(campaign.root(), unit, dir, campaign.settings());
                }
            }
            if (metrics != null) findings.addAll(metrics.findings());
            if (registers != null) {
                findings.addAll(registers.findings());
                unread.addAll(registers.unread());
            }
            figures.put(unit, new UnitFigures(unit, metrics == null ? Map.of() : metrics.figures(), metricsFile,
                    registers == null ? Registers.none(unit) : registers.registers()));
        }
        return new Loaded(figures, findings, unread);
    }

    private static Path metricsFile(Path folder) {
        for (String name : List.of("metrics.yaml", "metrics.yml")) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
        return null;
    }
}
