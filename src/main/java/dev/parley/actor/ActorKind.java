package dev.parley.actor;

import java.util.Locale;

public enum ActorKind {
    PERSON, INSTITUTION, STATE, ORGANIZATION;

    /** The word used in data files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
