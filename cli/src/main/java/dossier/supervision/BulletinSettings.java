package dossier.supervision;

import dossier.model.Location;
import dossier.shared.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * dossier.yaml {@code bulletin:} — names from fixed lists and numbers, never an expression:
 * {@code bulletin: {ranking: [score, coverage], score: {coverage: 50, timeliness: 30, thresholds: 20}}}.
 */
public record BulletinSettings(List<String> ranking, Bulletin.Weights weights) {
    /** Coverage (higher first), then overdue tasks, then threshold shortfalls (fewer first). */
    public static final List<String> DEFAULT_RANKING = List.of("coverage", "overdue", "shortfalls");
    public static final List<String> RANKING_KEYS = List.of("coverage", "overdue", "shortfalls", "score", "change", "dueSoon");
    private static final List<String> WEIGHT_KEYS = List.of("coverage", "timeliness", "thresholds");
    private static final String FILE = "dossier.yaml";

    public static BulletinSettings of(Map<String, Object> bulletin) {
        for (String key : bulletin.keySet()) {
            if (!key.equals("ranking") && !key.equals("score")) {
                throw new InputException(Location.file(FILE), "bulletin.unknownKey", "bulletin." + key, "ranking, score");
            }
        }
        return new BulletinSettings(ranking(bulletin.get("ranking")), weights(bulletin.get("score")));
    }

    private static List<String> ranking(Object value) {
        if (value == null) return DEFAULT_RANKING;
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            String key = RANKING_KEYS.stream().filter(k -> k.equalsIgnoreCase(String.valueOf(o).strip())).findFirst()
                    .orElseThrow(() -> new InputException(Location.file(FILE), "bulletin.badRanking", o,
                            String.join(", ", RANKING_KEYS)));
            if (!out.contains(key)) out.add(key);
        }
        return List.copyOf(out);
    }

    private static Bulletin.Weights weights(Object value) {
        if (value == null) return Bulletin.Weights.DEFAULT;
        if (!(value instanceof Map<?, ?> m)) throw new InputException(Location.file(FILE), "bulletin.badScore", value);
        double[] w = new double[WEIGHT_KEYS.size()];
        for (var e : m.entrySet()) {
            int i = WEIGHT_KEYS.indexOf(String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT));
            if (i < 0) {
                throw new InputException(Location.file(FILE), "bulletin.unknownKey", "bulletin.score." + e.getKey(),
                        String.join(", ", WEIGHT_KEYS));
            }
            w[i] = number(e.getValue());
        }
        if (w[0] + w[1] + w[2] <= 0) throw new InputException(Location.file(FILE), "bulletin.badScore", value);
        return new Bulletin.Weights(w[0], w[1], w[2]);
    }

    private static double number(Object value) {
        try {
            double d = Double.parseDouble(String.valueOf(value).strip().replace("%", ""));
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new InputException(Location.file(FILE), "bulletin.badScore", value);
        }
    }
}
