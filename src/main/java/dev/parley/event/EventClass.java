package dev.parley.event;

/**
 * The quad classes of the CAMEO/PLOVER tradition, plus neutral: whether an event is cooperation or conflict,
 * in words or in deeds. Used for colour and statistics.
 */
public enum EventClass {
    NEUTRAL("Neutral"),
    VERBAL_COOPERATION("Verbal cooperation"),
    MATERIAL_COOPERATION("Material cooperation"),
    VERBAL_CONFLICT("Verbal conflict"),
    MATERIAL_CONFLICT("Material conflict");

    private final String label;

    EventClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
