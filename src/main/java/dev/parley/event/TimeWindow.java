package dev.parley.event;

import dev.parley.base.PartialDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of days, {@code from} to {@code to} inclusive, used to slice the dataset in time and to say when
 * something happened (the days of an event, of an actor's part in a network). An event belongs to a window when any
 * day it may have happened on falls inside it: a {@code 2022} event overlaps a window of June 2022, and an event with
 * an {@code end} overlaps every window that meets its span. The unbounded window ({@link #all()}) runs from
 * {@link LocalDate#MIN} to {@link LocalDate#MAX}.
 */
public record TimeWindow(LocalDate from, LocalDate to) {
    private static final TimeWindow ALL = new TimeWindow(LocalDate.MIN, LocalDate.MAX);

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a time window cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The window without bounds: every event overlaps it. */
    public static TimeWindow all() {
        return ALL;
    }

    /** The single day {@code day}. */
    public static TimeWindow of(LocalDate day) {
        return new TimeWindow(day, day);
    }

    /** The days of one event, from {@link Event#firstDay()} to {@link Event#lastDay()}. */
    public static TimeWindow covering(Event event) {
        return new TimeWindow(event.firstDay(), event.lastDay());
    }

    /**
     * From the first day of the earliest event to the last day of the latest-ending one; {@link #all()} for a dataset
     * without events.
     */
    public static TimeWindow covering(EventCatalog catalog) {
        if (catalog.events().isEmpty()) {
            return ALL;
        }
        LocalDate first = catalog.events().getFirst().firstDay();
        LocalDate last = catalog.events().stream()
                .map(Event::lastDay)
                .max(LocalDate::compareTo)
                .orElseThrow();
        return new TimeWindow(first, last);
    }

    /** Whether this is the unbounded window. */
    public boolean isAll() {
        return from.equals(LocalDate.MIN) && to.equals(LocalDate.MAX);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether any day of the closed range {@code [first, last]} lies in this window. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !last.isBefore(from) && !first.isAfter(to);
    }

    /** Whether any day the date may stand for lies in this window ("2022" overlaps June 2022). */
    public boolean overlaps(PartialDate date) {
        return overlaps(date.start(), date.endInclusive());
    }

    /** Whether any day of the event's span, {@link Event#firstDay()} to {@link Event#lastDay()}, lies in this window. */
    public boolean overlaps(Event event) {
        return overlaps(event.firstDay(), event.lastDay());
    }

    /**
     * The smallest window holding both this one and {@code other}: where they do not meet, the days between them are
     * included too.
     */
    public TimeWindow union(TimeWindow other) {
        return new TimeWindow(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
    }

    public TimeWindow withFrom(LocalDate newFrom) {
        return new TimeWindow(newFrom, to);
    }

    public TimeWindow withTo(LocalDate newTo) {
        return new TimeWindow(from, newTo);
    }

    @Override
    public String toString() {
        return isAll() ? "all time" : from + ".." + to;
    }
}
