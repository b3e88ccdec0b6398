package dossier.cli;

import dossier.i18n.Messages;
import dossier.model.Settings;

/** The names notices and the bulletin are signed with: dossier.yaml's notices.office, else one made from region. */
final class Offices {
    private Offices() {
    }

    static String office(Settings settings, Messages messages) {
        Object office = settings.notices().get("office");
        if (office != null && !office.toString().isBlank()) return office.toString().strip();
        return messages.get("notices.office", settings.region());
    }

    static String campaignName(Settings settings, Messages messages) {
        if (!settings.name().isBlank()) return settings.name();
        return messages.get("notices.campaign", settings.region());
    }
}
