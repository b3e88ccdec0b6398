package dossier.write.report;

import dossier.model.ScoringRule;
import dossier.model.ThresholdResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 自评得分 per indicator, area and in total, where the sheet gives 分值. */
final class ScoreSection {
    private ScoreSection() {
    }

    static ReportModel.Score build(List<ReportModel.Area> areas, List<ThresholdResult> thresholds, Scoring scoring) {
        boolean present = areas.stream().flatMap(a -> a.indicators().stream()).anyMatch(i -> i.points() != null);
        List<ReportModel.AreaScore> out = new ArrayList<>();
        List<BigDecimal> allPoints = new ArrayList<>();
        List<BigDecimal> allEarned = new ArrayList<>();
        // each indicator's results, in their order: grouped once, not searched per indicator
        Map<String, List<ThresholdResult>> thresholdsOf = new HashMap<>();
        for (ThresholdResult t : thresholds) thresholdsOf.computeIfAbsent(t.spec().task(), k -> new ArrayList<>()).add(t);
        for (ReportModel.Area a : areas) {
            List<ReportModel.IndicatorScore> rows = new ArrayList<>();
            List<BigDecimal> points = new ArrayList<>();
            List<BigDecimal> earned = new ArrayList<>();
            for (ReportModel.Indicator i : a.indicators()) {
                ReportModel.IndicatorScore s = indicator(i, thresholdsOf.getOrDefault(i.id(), List.of()), scoring);
                rows.add(s);
                if (i.points() != null) {
                    points.add(Scoring.oneDecimal(i.points()));
                    earned.add(Scoring.oneDecimal(s.earned()));
                }
            }
            BigDecimal p = Scoring.sum(points);
            BigDecimal e = Scoring.sum(earned);
            allPoints.add(p);
            allEarned.add(e);
            out.add(new ReportModel.AreaScore(a.no(), a.name(), p.doubleValue(), e.doubleValue(), Scoring.text(p),
                    Scoring.text(e), rows));
        }
        BigDecimal p = Scoring.sum(allPoints);
        BigDecimal e = Scoring.sum(allEarned);
        return new ReportModel.Score(present, p.doubleValue(), e.doubleValue(), Scoring.text(p), Scoring.text(e), out);
    }

    private static ReportModel.IndicatorScore indicator(ReportModel.Indicator i, List<ThresholdResult> own,
                                                        Scoring scoring) {
        int checked = (int) own.stream().filter(t -> t.status() != ThresholdResult.Status.NOT_APPLICABLE).count();
        int passed = (int) own.stream().filter(t -> t.status() == ThresholdResult.Status.PASS).count();
        ScoringRule rule = scoring.ruleFor(i.id());
        ReportModel.Tally t = i.tally();
        if (i.points() == null) {
            return new ReportModel.IndicatorScore(i.id(), i.name(), null, "—", rule.id(), t.covered(), t.applicable(),
                    passed, checked, 0, "—");
        }
        BigDecimal earned = Scoring.earned(rule, i.points(), t.covered(), t.applicable(), passed, checked);
        return new ReportModel.IndicatorScore(i.id(), i.name(), i.points(), Scoring.text(Scoring.oneDecimal(i.points())),
                rule.id(), t.covered(), t.applicable(), passed, checked, earned.doubleValue(), Scoring.text(earned));
    }
}
