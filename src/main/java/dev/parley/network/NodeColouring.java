package dev.parley.network;

import java.util.Locale;

/** What the colour of a network node says. */
public enum NodeColouring {
    KIND("Actor kind"),
    COMMUNITY("Community"),
    /** The side of the split into two camps ({@link Camps}); actors without a signed connection in neither. */
    CAMP("Camp");

    private final String label;

    NodeColouring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
