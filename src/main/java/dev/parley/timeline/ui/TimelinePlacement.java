package dev.parley.timeline.ui;

import dev.parley.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each event sits on the timeline: its lanes, its span on the time axis, and a slot within the lane, so that
 * events whose spans overlap (or sit closer than a small gap) are drawn above one another.
 */
final class TimelinePlacement {
    /** Events that overlap in one lane take at most this many slots; more share the slot that ends first. */
    static final int MAX_SLOTS = 6;

    private TimelinePlacement() {}

    record Placed(Event event, int lane, Instant from, Instant to, int slot, int slots) {}

    /**
     * Gives each event on each of its lanes a slot, so that events whose spans overlap (or sit closer than a
     * small gap) are drawn above one another instead of on top of one another.
     */
    static List<Placed> place(List<Event> events, TimelineLanes lanes) {
        Map<Integer, List<Placed>> byLane = new HashMap<>();
        Instant min =
                events.isEmpty() ? Instant.EPOCH : startOf(events.getFirst().firstDay());
        Instant max = events.stream()
                .map(e -> endOf(e.lastDay()))
                .max(Instant::compareTo)
                .orElse(min);
        Duration gap = Duration.between(min, max).dividedBy(200);
        for (Event e : events) {
            for (int lane : lanes.lanesOf().apply(e)) {
                byLane.computeIfAbsent(lane, l -> new ArrayList<>())
                        .add(new Placed(e, lane, startOf(e.firstDay()), endOf(e.lastDay()), 0, 1));
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (List<Placed> inLane : byLane.values()) {
            Instant[] slotEnds = new Instant[MAX_SLOTS];
            List<Placed> withSlots = new ArrayList<>();
            int used = 1;
            for (Placed p : inLane) {
                int slot = 0;
                while (slot < MAX_SLOTS
                        && slotEnds[slot] != null
                        && !slotEnds[slot].plus(gap).isBefore(p.from())) {
                    slot++;
                }
                if (slot == MAX_SLOTS) {
                    slot = earliestEnding(slotEnds);
                }
                slotEnds[slot] = p.to();
                used = Math.max(used, slot + 1);
                withSlots.add(new Placed(p.event(), p.lane(), p.from(), p.to(), slot, 0));
            }
            int slots = used;
            withSlots.forEach(p -> placed.add(new Placed(p.event(), p.lane(), p.from(), p.to(), p.slot(), slots)));
        }
        placed.sort((a, b) -> a.lane() != b.lane()
                ? Integer.compare(a.lane(), b.lane())
                : a.from().compareTo(b.from()));
        return placed;
    }

    private static int earliestEnding(Instant[] slotEnds) {
        int best = 0;
        for (int i = 1; i < slotEnds.length; i++) {
            if (slotEnds[i].isBefore(slotEnds[best])) {
                best = i;
            }
        }
        return best;
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last moment of a day, so a one-day event spans a day on the axis. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }
}
