package dev.parley.network;

import dev.parley.event.EventClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How cooperative or conflictual a connection is in its window: the Goldstein scores of the events whose score runs
 * between its two actors (either way, see {@link dev.parley.event.Event#flows()}), and its events by class.
 *
 * @param scored the number of events whose score runs between the two actors; each event counts once
 * @param scoreSum the sum of those events' scores
 * @param byClass the connection's events by class, every event counted (scored or not); absent classes have none
 */
public record Tone(int scored, double scoreSum, Map<EventClass, Integer> byClass) {
    /** No event, no score: an affiliation. */
    public static final Tone NONE = new Tone(0, 0, Map.of());

    public Tone {
        if (scored < 0) {
            throw new IllegalArgumentException("scored events cannot be negative: " + scored);
        }
        if (scored == 0 && scoreSum != 0) {
            throw new IllegalArgumentException("no scored event, no score sum");
        }
        Objects.requireNonNull(byClass, "byClass");
        byClass = byClass.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byClass));
    }

    /** The mean score of the scored events; empty when none is scored. */
    public OptionalDouble mean() {
        return scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(scoreSum / scored);
    }

    /** The number of events of one class. */
    public int count(EventClass eventClass) {
        return byClass.getOrDefault(eventClass, 0);
    }
}
