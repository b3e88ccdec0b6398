package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Campaign;
import dossier.model.Inventory;
import dossier.model.TaskStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the checks judge, as the readers stated it: the campaign (settings, sheet, units,
 * tasks), what the walk of evidence/ found, each unit's figures, every task's state, and the day
 * the run is judged on. Built once per run; no check reads a file.
 *
 * @param inventory what the walk of evidence/ found, as facts
 * @param statuses the state of every task of the campaign, before any --unit/--indicator filter
 */
public record RepositoryModel(Campaign campaign, Inventory inventory, Map<String, UnitFigures> figures,
                              List<TaskStatus> statuses, LocalDate asOf) {
    public RepositoryModel {
        figures = Map.copyOf(figures);
        statuses = List.copyOf(statuses);
    }
}
