package dev.parley.actor;

import java.util.Locale;

public enum ActorKind {
    PERSON,
    INSTITUTION,
    STATE,
    ORGANIZATION;

    /** The word used in data files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word shown to people: "Person", "Institution", "State", "Organization". */
    public String label() {
        String key = key();
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
