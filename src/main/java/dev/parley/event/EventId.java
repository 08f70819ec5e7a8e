package dev.parley.event;

import dev.parley.base.Ids;

/** The id of an event, unique across all article files. */
public record EventId(String value) implements Comparable<EventId> {
    public EventId {
        Ids.requireValid(value);
    }

    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public int compareTo(EventId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
