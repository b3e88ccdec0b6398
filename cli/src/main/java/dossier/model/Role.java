package dossier.model;

import java.util.Locale;

public enum Role {
    LEAD, RESPONSIBLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
