package dev.parley.timeline;

import java.util.Locale;

/** How the timeline splits events into horizontal lanes. */
public enum LaneMode {
    CLASS("By event class"),
    ACTOR("By actor"),
    SINGLE("One lane");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
