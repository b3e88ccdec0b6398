package dossier.model;

import java.util.List;

/**
 * A unit (单位) of the campaign.
 *
 * @param category 乡镇, 街道 or 区直部门 (what group words expand to), or "" when unknown
 * @param row      its row in the units table, 0 when it came from the sheet or a folder
 */
public record Unit(String name, List<String> aliases, String category, Liaison liaison, int row) {
    public Unit {
        aliases = List.copyOf(aliases);
    }

    public static Unit named(String name) {
        return new Unit(name, List.of(), "", Liaison.NONE, 0);
    }
}
