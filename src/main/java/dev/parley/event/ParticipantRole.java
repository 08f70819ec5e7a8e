package dev.parley.event;

import java.util.Locale;

/** How an actor takes part in an event; an interaction runs from initiator to recipient. */
public enum ParticipantRole {
    INITIATOR,
    RECIPIENT,
    PARTICIPANT,
    MENTIONED;

    /**
     * Whether an event's score runs from an actor in this role to an actor in role {@code to}: from an initiator to a
     * recipient, and both ways between a participant and anyone taking part; never from or to a mentioned actor, nor
     * between two initiators or two recipients, who act side by side. The one rule behind
     * {@link Event#flows()} and the network's tone.
     */
    public boolean scoresTowards(ParticipantRole to) {
        if (this == MENTIONED || to == MENTIONED) {
            return false;
        }
        if (this == PARTICIPANT || to == PARTICIPANT) {
            return true;
        }
        return this == INITIATOR && to == RECIPIENT;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
