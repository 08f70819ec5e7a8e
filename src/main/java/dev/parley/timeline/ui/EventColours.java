package dev.parley.timeline.ui;

import dev.parley.event.EventClass;

/**
 * One colour per event class, used by every chart and legend: cooperation in blue (verbal) and green
 * (material), conflict in orange (verbal) and red (material), neutral in grey. Chosen to stay apart for the
 * common colour-vision deficiencies (blue/orange carry the verbal pair).
 */
public final class EventColours {
    private EventColours() {}

    public static String of(EventClass c) {
        return switch (c) {
            case NEUTRAL -> "#78909c";
            case VERBAL_COOPERATION -> "#1e88e5";
            case MATERIAL_COOPERATION -> "#2e7d32";
            case VERBAL_CONFLICT -> "#fb8c00";
            case MATERIAL_CONFLICT -> "#c62828";
        };
    }
}
