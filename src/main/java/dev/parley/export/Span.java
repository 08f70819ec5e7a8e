package dev.parley.export;

import dev.parley.actor.ActorId;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.Participant;
import dev.parley.network.ActorNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A closed range of days, {@code start} to {@code end} inclusive: when something in a network export exists. */
record Span(LocalDate start, LocalDate end) {
    Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a span cannot end before it starts: " + start + ".." + end);
        }
    }

    static Span of(Event event) {
        return new Span(event.firstDay(), event.lastDay());
    }

    Span union(Span other) {
        return new Span(start.isBefore(other.start) ? start : other.start, end.isAfter(other.end) ? end : other.end);
    }

    /**
     * For each actor taking part in the network, the span from the first day of its earliest selected event to the
     * last day of its latest one. Actors present only through an affiliation have none.
     */
    static Map<ActorId, Span> ofActors(ActorNetwork network) {
        EventFilter filter = network.filter();
        Map<ActorId, Span> spans = new HashMap<>();
        for (Event event : filter.select(network.dataset())) {
            for (Participant p : event.participants()) {
                if (filter.takesPart(p, network.dataset()) && network.participants().contains(p.actor())) {
                    spans.merge(p.actor(), of(event), Span::union);
                }
            }
        }
        return spans;
    }

    /**
     * The events' spans, earliest first, with spans that share a day merged into one: one span per event where
     * events do not overlap. Gephi refuses overlapping intervals on one element ("Overlapping intervals aren't
     * allowed", graphstore's {@code IntervalSet}), and a {@code 2024} event overlaps every other 2024 event, so one
     * spell per event would not always import.
     */
    static List<Span> merged(List<Event> events) {
        List<Span> sorted = events.stream().map(Span::of)
                .sorted(Comparator.comparing(Span::start).thenComparing(Span::end)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && !span.start.isAfter(merged.getLast().end)) {
                merged.set(merged.size() - 1, merged.getLast().union(span));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
