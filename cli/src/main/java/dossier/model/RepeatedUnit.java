package dossier.model;

/**
 * A row of the units table naming a unit an earlier row already named; the reader keeps the first.
 *
 * @param at       the name cell of the repeated row
 * @param firstRow the row that named the unit first
 */
public record RepeatedUnit(String name, Location at, int firstRow) {
}
