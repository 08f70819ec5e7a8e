package dev.parley.event;

import java.util.Locale;

/** How an actor takes part in an event; an interaction runs from initiator to recipient. */
public enum ParticipantRole {
    INITIATOR,
    RECIPIENT,
    PARTICIPANT,
    MENTIONED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
