package dossier.model;

/**
 * Where a problem sits: a file relative to the repository, and the row (1-based, as Excel and
 * editors number them) and column (an Excel letter or a header name) where known.
 */
public record Location(String file, Integer row, String column) {
    public static final Location NONE = new Location(null, null, null);

    public static Location file(String file) {
        return new Location(file, null, null);
    }

    public static Location cell(String file, int row, String column) {
        return new Location(file, row, column);
    }

    public Location withColumn(String newColumn) {
        return new Location(file, row, newColumn);
    }
}
