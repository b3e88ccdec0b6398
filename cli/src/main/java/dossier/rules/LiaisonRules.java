package dossier.rules;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;
import dossier.model.Unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Every unit with tasks needs a liaison the office can reach. */
public final class LiaisonRules {
    public static final Rule MISSING = new Rule("LIA001", "liaisons", Severity.WARNING).args("unit");
    public static final Rule BAD_PHONE = new Rule("LIA002", "liaisons", Severity.WARNING).args("unit", "phone");
    public static final Rule DUPLICATE_UNIT = new Rule("LIA003", "liaisons", Severity.WARNING).args("unit", "firstRow");

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(?:(?:-|转|ext)\\d{1,6})?");
    private static final Pattern LOCAL = Pattern.compile("[2-9]\\d{6,7}");

    private LiaisonRules() {
    }

    public static List<Rule> all() {
        return List.of(MISSING, BAD_PHONE, DUPLICATE_UNIT);
    }

    /** Findings for the table's units that have tasks; units not in the table are the sheet's concern. */
    public static List<Finding> check(List<Unit> units, Collection<String> unitsWithTasks, String file) {
        List<Finding> out = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.row() == 0 || !unitsWithTasks.contains(unit.name())) continue;
            Location at = Location.cell(file, unit.row(), null);
            var l = unit.liaison();
            if (l.name().isBlank() || (l.mobile().isBlank() && l.officePhone().isBlank())) {
                out.add(MISSING.at(at, unit.name(), null, "liaison", unit.name()));
            }
            checkPhones(unit, l.mobile(), "手机", at, out);
            checkPhones(unit, l.officePhone(), "办公电话", at, out);
        }
        return out;
    }

    private static void checkPhones(Unit unit, String cell, String column, Location at, List<Finding> out) {
        for (String phone : cell.split("[、,，;；/\\s]+")) {
            if (phone.isBlank()) continue;
            if (!isValidPhone(phone)) {
                out.add(BAD_PHONE.at(at.withColumn(column), unit.name(), null, phone, unit.name(), phone));
            }
        }
    }

    /** A mainland mobile (11 digits from 1) or a landline with its area code (0395-5607259). */
    public static boolean isValidPhone(String written) {
        String p = dossier.shared.ChineseText.compact(written).replaceAll("[()（）\\s]", "");
        String digitsOnly = p.replace("-", "");
        if (MOBILE.matcher(digitsOnly).matches()) return true;
        if (LANDLINE.matcher(p).matches()) return true;
        return p.startsWith("(") && LOCAL.matcher(p).matches();
    }
}
