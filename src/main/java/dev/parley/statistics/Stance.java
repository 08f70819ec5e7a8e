package dev.parley.statistics;

import dev.parley.event.EventClass;
import java.util.Optional;

/**
 * Which side of the cooperation/conflict divide an event falls on, in words or in deeds alike: the two halves of
 * the quad classes. Neutral events are on neither side.
 */
public enum Stance {
    /** Verbal and material cooperation. */
    COOPERATION("Cooperation"),
    /** Verbal and material conflict. */
    CONFLICT("Conflict");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stance of an event class; empty for {@link EventClass#NEUTRAL}. */
    public static Optional<Stance> of(EventClass eventClass) {
        return switch (eventClass) {
            case VERBAL_COOPERATION, MATERIAL_COOPERATION -> Optional.of(COOPERATION);
            case VERBAL_CONFLICT, MATERIAL_CONFLICT -> Optional.of(CONFLICT);
            case NEUTRAL -> Optional.empty();
        };
    }
}
