package dossier.supervision;

import java.util.List;

/**
 * One unit's 督办/整改 notice: what it still owes, most urgent first, and its liaison.
 * Plain strings and numbers, so templates see data only.
 *
 * @param items  the work, in urgency order (overdue, due soon, only an explanation, threshold
 *               shortfalls, files to fix, not yet filed)
 * @param waived findings a dossier.yaml waiver covers: shown as waived with the reason, not work
 */
public record Notice(String unit, String liaison, String liaisonTitle, String phone, String officePhone,
                     String mobile, List<Item> items, List<Item> waived, Counts counts, String earliestDue) {
    public Notice {
        items = List.copyOf(items);
        waived = List.copyOf(waived);
    }

    /** Ids of the kinds of work, in urgency order; fixed English in every output. */
    public static final List<String> KINDS = List.of("overdue", "dueSoon", "explained", "shortfall", "fix", "pending");

    /**
     * @param kind      one of {@link #KINDS}
     * @param days      overdue: days past the due date; dueSoon: days left; otherwise 0
     * @param reason    the waiver's reason, for a waived finding; "" otherwise
     */
    public record Item(String kind, String rule, String indicator, String indicatorName, String due, long days,
                       String message, String fix, String file, String reason) {
    }

    /** @param total every item of work (waived findings are not work) */
    public record Counts(int total, int overdue, int dueSoon, int explained, int shortfall, int fix, int pending,
                         int waived) {
    }

    public boolean hasWork() {
        return !items.isEmpty();
    }
}
