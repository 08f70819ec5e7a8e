package dev.parley.relationship;

import dev.parley.event.EventClass;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One period (a month, quarter or year) of a relationship's series.
 *
 * @param start the period's first day
 * @param label a short label for a chart axis ("Feb 2022")
 * @param aToB the scores of the events running from the pair's first actor to its second in the period
 * @param bToA the scores of the events running the other way
 * @param both the scores of the period's events, each event once whichever way it runs
 * @param rolling the mean of every event's score over this period and the {@link Relationship#ROLLING} - 1 periods
 *     before it; empty when those periods have no event
 * @param byClass the period's events by class
 * @param turn whether the rolling mean changes sign here, from its last non-zero value before (a stretch without any
 *     event in the rolling window has no sign and is no turn)
 */
public record Period(
        LocalDate start,
        String label,
        Mean aToB,
        Mean bToA,
        Mean both,
        OptionalDouble rolling,
        Map<EventClass, Integer> byClass,
        boolean turn) {
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(aToB, "aToB");
        Objects.requireNonNull(bToA, "bToA");
        Objects.requireNonNull(both, "both");
        Objects.requireNonNull(rolling, "rolling");
        byClass = Map.copyOf(byClass);
    }

    /** The number of events of one class in the period. */
    public int count(EventClass eventClass) {
        return byClass.getOrDefault(eventClass, 0);
    }
}
