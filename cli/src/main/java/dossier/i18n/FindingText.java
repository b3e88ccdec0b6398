package dossier.i18n;

import dossier.model.Finding;
import dossier.model.Location;

/** A finding's message, place and fix in the user's language. */
public final class FindingText {
    private final Messages messages;

    public FindingText(Messages messages) {
        this.messages = messages;
    }

    public String message(Finding f) {
        return messages.format("rule." + f.ruleId() + ".message", f.args());
    }

    public String fix(Finding f) {
        return messages.get("rule." + f.ruleId() + ".fix");
    }

    public String location(Location at) {
        if (at.file() == null) return "";
        if (at.row() == null) return messages.get("loc.file", at.file());
        if (at.column() == null) return messages.get("loc.row", at.file(), at.row());
        String key = at.column().chars().allMatch(Character::isDigit) ? "loc.lineCol" : "loc.cell";
        return messages.get(key, at.file(), at.row(), at.column());
    }

    /** "（已豁免：reason，who 批准）" for a waived finding, "" for any other. */
    public String waived(Finding f) {
        return f.waived() ? messages.get("text.waived", f.waiver().reason(), f.waiver().approvedBy()) : "";
    }

    public String severity(Finding f) {
        return messages.get("severity." + f.severity().id());
    }
}
