package dev.parley.relationship;

import dev.parley.actor.ActorId;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.Scores;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How two actors stand with each other over time: the events whose score runs between them (see
 * {@link Event#flows()}), and per period the mean score from each to the other, a rolling mean, and the events by
 * class, as analysts plot a directed dyad (ICEWS, GDELT). Computed from the events of one window and filter.
 *
 * @param pair the two actors, in the order the user named them
 * @param events the events behind the relationship, newest first (by date, then id)
 * @param granularity how long one period is
 * @param periods every period from the one of the oldest event to the one of the newest, empty ones included, so
 *     the series reads as time
 * @param aToB every score from the first actor to the second
 * @param bToA every score the other way
 * @param overall every event's score once
 */
public record Relationship(
        ActorPair pair,
        List<Event> events,
        Granularity granularity,
        List<Period> periods,
        Mean aToB,
        Mean bToA,
        Mean overall) {

    /**
     * How many periods the rolling mean spans: three months (a quarter), three quarters, or three years. Long enough
     * to smooth a single event's swing, short enough to show a turn the year it happens.
     */
    public static final int ROLLING = 3;

    /**
     * How far from 0 a mean must be to lean one way (at least a consultation's +1.0 or an accusation's -2.0 on
     * average), and to be mostly one way (an intent to cooperate's +4.0 or a rejection's -4.0 are beyond it).
     */
    static final double LEAN = 1.0;

    static final double MOSTLY = 3.0;

    private static final Comparator<Event> NEWEST_FIRST =
            Comparator.comparing(Event::date).thenComparing(Event::id).reversed();

    public Relationship {
        Objects.requireNonNull(pair, "pair");
        events = List.copyOf(events);
        Objects.requireNonNull(granularity, "granularity");
        periods = List.copyOf(periods);
        Objects.requireNonNull(aToB, "aToB");
        Objects.requireNonNull(bToA, "bToA");
        Objects.requireNonNull(overall, "overall");
    }

    /**
     * The relationship of a pair over some events: those whose score runs between the two count, the others are
     * left out. An event counts in the period of its first day (an event dated by its year alone in January).
     */
    public static Relationship of(ActorPair pair, List<Event> candidates) {
        // distinct by id: an event record's own equality compares its every field
        var seen = new java.util.HashSet<dev.parley.event.EventId>();
        List<Event> events = candidates.stream()
                .filter(e -> runsBetween(e, pair) && seen.add(e.id()))
                .sorted(NEWEST_FIRST)
                .toList();
        if (events.isEmpty()) {
            return new Relationship(pair, events, Granularity.MONTH, List.of(), Mean.NONE, Mean.NONE, Mean.NONE);
        }
        LocalDate oldest = events.getLast().firstDay();
        LocalDate newest = events.stream()
                .map(Event::firstDay)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Granularity g = Granularity.spanning(YearMonth.from(oldest), YearMonth.from(newest));
        return series(pair, events, g, g.periodOf(oldest), g.periodOf(newest));
    }

    private static Relationship series(
            ActorPair pair, List<Event> events, Granularity g, LocalDate firstPeriod, LocalDate lastPeriod) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate p = firstPeriod; !p.isAfter(lastPeriod); p = g.next(p)) {
            starts.add(p);
        }
        int n = starts.size();
        Mean[] ab = filled(n);
        Mean[] ba = filled(n);
        Mean[] both = filled(n);
        List<Map<EventClass, Integer>> classes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            classes.add(new EnumMap<>(EventClass.class));
        }
        Mean aToB = Mean.NONE;
        Mean bToA = Mean.NONE;
        Mean overall = Mean.NONE;
        for (Event e : events) {
            int i = starts.indexOf(g.periodOf(e.firstDay()));
            double score = e.score();
            if (runs(e, pair.a(), pair.b())) {
                ab[i] = ab[i].plus(score);
                aToB = aToB.plus(score);
            }
            if (runs(e, pair.b(), pair.a())) {
                ba[i] = ba[i].plus(score);
                bToA = bToA.plus(score);
            }
            both[i] = both[i].plus(score);
            overall = overall.plus(score);
            classes.get(i).merge(e.type().eventClass(), 1, Integer::sum);
        }
        List<Period> periods = new ArrayList<>();
        double lastSign = 0;
        for (int i = 0; i < n; i++) {
            Mean window = Mean.NONE;
            for (int j = Math.max(0, i - ROLLING + 1); j <= i; j++) {
                window = window.plus(both[j]);
            }
            OptionalDouble rolling = window.value();
            // read as drawn: the turn is where the rolling line crosses zero, also when it crosses because old events
            // leave the window in a quiet period (the line and the sentence must tell the same story)
            double sign = Math.signum(rolling.orElse(0));
            boolean turn = sign != 0 && lastSign != 0 && sign != lastSign;
            if (sign != 0) {
                lastSign = sign;
            }
            LocalDate start = starts.get(i);
            periods.add(new Period(start, g.shortLabel(start), ab[i], ba[i], both[i], rolling, classes.get(i), turn));
        }
        return new Relationship(pair, events, g, periods, aToB, bToA, overall);
    }

    /** The periods where the rolling mean changes sign, oldest first. */
    public List<Period> turningPoints() {
        return periods.stream().filter(Period::turn).toList();
    }

    /**
     * One sentence reading the numbers, such as "Mostly cooperative (mean +2.1 over 14 events); turned conflictual
     * in February 2022."
     */
    public String reading() {
        if (events.isEmpty()) {
            return "No event runs between the two in this view.";
        }
        double mean = overall.value().orElseThrow();
        // the lean follows the mean as the sentence shows it (one decimal): a mean shown as -1.0 never reads as mixed
        double shown = Math.abs(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.1f", mean)));
        String side = mean > 0 ? "cooperative" : "conflictual";
        String lean = shown >= MOSTLY ? "Mostly " + side : shown >= LEAN ? "Leaning " + side : "Mixed";
        String sentence = lean + " (mean " + Scores.format(mean) + " over " + overall.count()
                + (overall.count() == 1 ? " event" : " events") + ")";
        List<Period> turns = turningPoints();
        if (!turns.isEmpty()) {
            Period last = turns.getLast();
            String towards = last.rolling().orElseThrow() > 0 ? "cooperative" : "conflictual";
            String when = granularity.inWords(last.start());
            sentence += turns.size() == 1
                    ? "; turned " + towards + " " + when
                    : "; turned " + turns.size() + " times, last " + towards + " " + when;
        }
        return sentence + ".";
    }

    /** The period an event counts in, if it is one of this relationship's. */
    public Optional<Period> periodOf(Event event) {
        if (!events.contains(event)) {
            return Optional.empty();
        }
        LocalDate start = granularity.periodOf(event.firstDay());
        return periods.stream().filter(p -> p.start().equals(start)).findFirst();
    }

    private static boolean runsBetween(Event e, ActorPair pair) {
        return runs(e, pair.a(), pair.b()) || runs(e, pair.b(), pair.a());
    }

    private static boolean runs(Event e, ActorId from, ActorId to) {
        return e.runs(from, to);
    }

    private static Mean[] filled(int n) {
        Mean[] means = new Mean[n];
        java.util.Arrays.fill(means, Mean.NONE);
        return means;
    }
}
