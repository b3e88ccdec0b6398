package dossier.model;

import java.util.List;

/**
 * One indicator (二级指标) of the task sheet, after rows sharing its id were joined.
 *
 * @param lead  the lead unit (牵头单位), canonical name, or null
 * @param units responsible units (责任单位), canonical names in official order, lead excluded
 * @param row   the first sheet row it was read from (0 for the built-in catalogue)
 */
public record Indicator(String id, String area, String name, List<String> requirements,
                        String lead, List<String> units, String evidenceAsked, Due due,
                        Double points, int row) {
    public Indicator {
        requirements = List.copyOf(requirements);
        units = List.copyOf(units);
    }
}
