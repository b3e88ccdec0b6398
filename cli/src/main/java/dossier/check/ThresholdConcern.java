package dossier.check;

import dossier.model.Finding;
import dossier.model.ThresholdSpec;

/**
 * A check whose findings belong under a threshold, for the outputs that file them there (a junit
 * test case per threshold, the report's 短板弱项): one task can carry several thresholds (5.1 has
 * three), so each check says which of its findings, of a unit and task, are about which one.
 */
interface ThresholdConcern {
    boolean concerns(Finding finding, ThresholdSpec spec);
}
