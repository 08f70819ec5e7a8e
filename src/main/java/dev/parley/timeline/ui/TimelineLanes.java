package dev.parley.timeline.ui;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.ParticipantRole;
import dev.parley.timeline.LaneMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which lanes the timeline has and which lanes an event is drawn on. By class: one lane per event class. By
 * actor: the most active actors (taking part, not only mentioned) plus the pinned ones, and "Others" for events
 * none of them takes part in; an event is drawn once per lane actor that takes part. One lane: everything.
 */
record TimelineLanes(List<String> labels, Function<Event, List<Integer>> lanesOf, List<ActorId> laneActors) {
    static final int MOST_ACTIVE = 8;

    static TimelineLanes of(LaneMode mode, List<Event> events, Dataset d, List<ActorId> pinned) {
        return switch (mode) {
            case CLASS ->
                new TimelineLanes(
                        Arrays.stream(EventClass.values())
                                .map(EventClass::label)
                                .toList(),
                        e -> List.of(e.type().eventClass().ordinal()),
                        List.of());
            case SINGLE -> new TimelineLanes(List.of("Events"), e -> List.of(0), List.of());
            case ACTOR -> byActor(events, d, pinned);
        };
    }

    private static TimelineLanes byActor(List<Event> events, Dataset d, List<ActorId> pinned) {
        Map<ActorId, Long> activity = events.stream()
                .flatMap(e -> e.participants().stream())
                .filter(p -> p.role() != ParticipantRole.MENTIONED)
                .collect(Collectors.groupingBy(p -> p.actor(), Collectors.counting()));
        Set<ActorId> lanes = new LinkedHashSet<>(
                pinned.stream().filter(a -> d.actor(a).isPresent()).toList());
        activity.entrySet().stream()
                .sorted(Map.Entry.<ActorId, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .limit(MOST_ACTIVE)
                .forEach(lanes::add);
        List<ActorId> laneActors = List.copyOf(lanes);
        Map<ActorId, Integer> index = new LinkedHashMap<>();
        laneActors.forEach(a -> index.put(a, index.size()));
        List<String> labels = new ArrayList<>(laneActors.stream()
                .map(a -> d.actor(a).map(Actor::name).orElse(a.value()))
                .toList());
        int others = labels.size();
        labels.add("Others");
        Function<Event, List<Integer>> lanesOf = e -> {
            List<Integer> in = e.participants().stream()
                    .filter(p -> p.role() != ParticipantRole.MENTIONED)
                    .map(p -> index.get(p.actor()))
                    .filter(i -> i != null)
                    .distinct()
                    .sorted(Comparator.naturalOrder())
                    .toList();
            return in.isEmpty() ? List.of(others) : in;
        };
        return new TimelineLanes(labels, lanesOf, laneActors);
    }
}
