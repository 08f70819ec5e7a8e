package dev.parley.statistics;

import dev.parley.actor.ActorId;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.Participant;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The statistics of one selection: the events a view shows (already chosen by an {@link EventFilter}) and the
 * {@link ActorNetwork} built from the same filter.
 *
 * <p><b>Counting rule.</b> Every event is counted once, in the month its date starts ({@link #monthOf}): a
 * {@code 2025-03-11} to {@code 2025-03-13} meeting counts in March 2025, a {@code 2025-03} event in March 2025 and a
 * year-only {@code 2022} event in January 2022. Events are never spread over the months they may cover, so every
 * total equals the number of events. The months run from the earliest such month to the latest, including months
 * without events.
 *
 * <p>Cheap (one pass over the events per statistic) and immutable; the network metrics are the network's, computed
 * on its first use.
 */
public final class Statistics {
    /** How many actors the ranking and the heat map show unless told otherwise. */
    public static final int DEFAULT_TOP = 10;

    private final List<Event> events;
    private final ActorNetwork network;
    private final List<YearMonth> months;

    /**
     * @param events the selected events, in any order
     * @param network the network of the same selection; its filter decides which participants take part
     */
    public Statistics(List<Event> events, ActorNetwork network) {
        this.events = List.copyOf(events);
        this.network = Objects.requireNonNull(network, "network");
        this.months = monthsCovering(this.events);
    }

    /** The month an event counts in: the month its date starts; January for a year-only date. */
    public static YearMonth monthOf(Event event) {
        return YearMonth.from(event.firstDay());
    }

    /** Every month from the first event's month to the last event's, earliest first; empty without events. */
    public List<YearMonth> months() {
        return months;
    }

    /** Events per month for every event class, in the order of {@link EventClass}; classes without events too. */
    public MonthlyCounts<EventClass> eventsPerMonth() {
        return count(List.of(EventClass.values()), e -> List.of(e.type().eventClass()));
    }

    /**
     * Cooperation against conflict: events per month whose class is verbal or material cooperation, and those whose
     * class is verbal or material conflict. Neutral events count in neither.
     */
    public MonthlyCounts<Stance> cooperationAndConflict() {
        return count(
                List.of(Stance.values()),
                e -> Stance.of(e.type().eventClass()).stream().toList());
    }

    /**
     * The {@code n} most central actors on the metric, highest first (ties by id), as the network ranks them. Only
     * actors that take part in a selected event are listed: one present only through a role always scores 0.
     *
     * @throws IllegalArgumentException when {@code n < 0}
     */
    public List<ActorScore> topActors(Metric metric, int n) {
        requireCount(n);
        Set<ActorId> takingPart = network.participants();
        return network.ranking(metric).stream()
                .filter(takingPart::contains)
                .limit(n)
                .map(a -> new ActorScore(a, network.metric(metric, a), network.rank(metric, a)))
                .toList();
    }

    /**
     * Activity of the {@code n} most active actors: for each, the number of selected events per month it takes
     * part in (as initiator, recipient or participant, of a kind the network's filter allows; being mentioned does
     * not count). Actors are ordered by their number of events, most first, ties by id; actors with no event are
     * never listed.
     *
     * @throws IllegalArgumentException when {@code n < 0}
     */
    public MonthlyCounts<ActorId> activityOfMostActive(int n) {
        requireCount(n);
        Map<ActorId, Integer> totals = new HashMap<>();
        events.forEach(e -> actorsTakingPart(e).forEach(a -> totals.merge(a, 1, Integer::sum)));
        List<ActorId> top = totals.keySet().stream()
                .sorted(Comparator.comparing((ActorId a) -> totals.get(a))
                        .reversed()
                        .thenComparing(a -> a))
                .limit(n)
                .toList();
        Set<ActorId> shown = Set.copyOf(top);
        return count(
                top, e -> actorsTakingPart(e).stream().filter(shown::contains).toList());
    }

    private Set<ActorId> actorsTakingPart(Event event) {
        EventFilter filter = network.filter();
        Set<ActorId> actors = new LinkedHashSet<>();
        for (Participant p : event.participants()) {
            if (filter.takesPart(p, network.dataset())) {
                actors.add(p.actor());
            }
        }
        return actors;
    }

    /** One row per key; each event adds 1 in its month to every key it belongs to. */
    private <K> MonthlyCounts<K> count(List<K> keys, Function<Event, List<K>> keysOf) {
        Map<K, int[]> rows = new LinkedHashMap<>();
        keys.forEach(k -> rows.put(k, new int[months.size()]));
        for (Event e : events) {
            int index = (int) ChronoUnit.MONTHS.between(months.getFirst(), monthOf(e));
            for (K key : keysOf.apply(e)) {
                rows.get(key)[index]++;
            }
        }
        Map<K, List<Integer>> counts = new LinkedHashMap<>();
        rows.forEach((k, row) -> counts.put(k, Arrays.stream(row).boxed().toList()));
        return new MonthlyCounts<>(months, counts);
    }

    private static List<YearMonth> monthsCovering(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        YearMonth first = events.stream()
                .map(Statistics::monthOf)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        YearMonth last = events.stream()
                .map(Statistics::monthOf)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return Collections.unmodifiableList(months);
    }

    private static void requireCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot list " + n + " actors");
        }
    }
}
