package dev.parley.timeline;

import java.util.Locale;

/** How the timeline spends its width on time. */
public enum TimeScale {
    /** Long stretches without events are cut out of the axis (marked as breaks), so busy periods get the width. */
    COMPRESSED("Compress empty periods"),
    /** Every day is as wide as every other. */
    EVEN("Even time scale");

    private final String label;

    TimeScale(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
