package dossier.check;

/**
 * A check judging the thresholds in force: it judges the run's one evaluation of figures
 * ({@link ThresholdFigures}), so the units each threshold applies to and each roster's training
 * log are worked out once per run, not once per check.
 */
interface ThresholdJudge extends Check {
    Verdict judge(RepositoryModel model, ThresholdFigures figures);

    @Override
    default Verdict judge(RepositoryModel model) {
        return judge(model, new ThresholdFigures(model));
    }
}
