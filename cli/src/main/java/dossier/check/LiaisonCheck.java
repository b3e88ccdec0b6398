package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.RepeatedUnit;
import dossier.model.Task;
import dossier.model.Unit;
import dossier.rules.LiaisonRules;
import dossier.rules.Rule;
import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The units table as the office's address book: every unit with tasks needs a liaison it can
 * reach, by a number that can be dialled, and a unit listed twice is a mistake in the table (its
 * first row is the one used). Units not in the table are the task sheet's concern.
 */
final class LiaisonCheck implements Check {
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(?:(?:-|转|ext)\\d{1,6})?");
    private static final Pattern LOCAL = Pattern.compile("[2-9]\\d{6,7}");

    @Override
    public String name() {
        return "liaisons";
    }

    @Override
    public List<Rule> rules() {
        return LiaisonRules.all();
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        Campaign campaign = model.campaign();
        List<Finding> out = new ArrayList<>();
        for (RepeatedUnit r : campaign.repeatedUnits()) {
            out.add(LiaisonRules.DUPLICATE_UNIT.at(r.at(), r.name(), null, r.name(), r.name(), r.firstRow()));
        }
        if (campaign.unitsFile() == null) return Verdict.of(out);
        Set<String> withTasks = campaign.tasks().stream().map(Task::unit).collect(Collectors.toSet());
        for (Unit unit : campaign.units()) {
            if (unit.row() == 0 || !withTasks.contains(unit.name())) continue;
            Location at = Location.cell(campaign.unitsFile(), unit.row(), null);
            var l = unit.liaison();
            if (l.name().isBlank() || (l.mobile().isBlank() && l.officePhone().isBlank())) {
                out.add(LiaisonRules.MISSING.at(at, unit.name(), null, "liaison", unit.name()));
            }
            badPhones(unit, l.mobile(), "手机", at, out);
            badPhones(unit, l.officePhone(), "办公电话", at, out);
        }
        return Verdict.of(out);
    }

    private static void badPhones(Unit unit, String cell, String column, Location at, List<Finding> out) {
        for (String phone : cell.split("[、,，;；/\\s]+")) {
            if (phone.isBlank() || isValidPhone(phone)) continue;
            out.add(LiaisonRules.BAD_PHONE.at(at.withColumn(column), unit.name(), null, phone, unit.name(), phone));
        }
    }

    /** A mainland mobile (11 digits from 1) or a landline with its area code (0395-5607259). */
    static boolean isValidPhone(String written) {
        String p = ChineseText.compact(written).replaceAll("[()（）\\s]", "");
        String digitsOnly = p.replace("-", "");
        if (MOBILE.matcher(digitsOnly).matches()) return true;
        if (LANDLINE.matcher(p).matches()) return true;
        return p.startsWith("(") && LOCAL.matcher(p).matches();
    }
}
