package dossier.check;

import dossier.rules.Rule;

import java.util.List;

/**
 * One concern of the campaign judged on the repository model: it declares the rules it can raise
 * and turns what the readers found into findings, with no file access of its own, so it can be
 * tested on a model built in memory. Checks are listed, in the order they run, in {@link Checks}.
 */
public interface Check {
    /** A short stable name (coverage, files, thresholds…): what `dossier rules` and the docs call it. */
    String name();

    /** Every rule this check can raise; no other check raises them. */
    List<Rule> rules();

    Verdict judge(RepositoryModel model);
}
