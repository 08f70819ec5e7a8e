package dev.parley.network;

import java.util.Locale;

/** What the colour of a network link says. */
public enum LinkColouring {
    /** Interaction or affiliation. */
    KIND("Kind"),
    /** The mean cooperation-conflict score of the link's events in the window. */
    STANCE("Stance");

    private final String label;

    LinkColouring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
