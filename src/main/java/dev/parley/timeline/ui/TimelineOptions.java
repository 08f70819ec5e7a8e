package dev.parley.timeline.ui;

import dev.parley.chart.ChartOption;
import dev.parley.chart.CustomSeries;
import dev.parley.chart.DataItem;
import dev.parley.chart.ItemStyle;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import dev.parley.event.ui.EventText;
import dev.parley.explorer.LaneMode;
import dev.parley.actor.ActorId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the timeline's ECharts option: a time axis over the whole dataset, one lane per class, actor or
 * nothing, and every event as a dot (a day) or a bar over its span (a month, a year, or an event with an end),
 * coloured by class with one legend entry per class. Pure: the same events give the same option.
 */
public final class TimelineOptions {
    /** Lane slots used to keep events that overlap in time apart before they must share one. */
    static final int MAX_SLOTS = 6;
    static final String ID_SEPARATOR = "@";

    private TimelineOptions() {
    }

    /** The chart item id of an event drawn on a lane; in actor lanes an event is drawn once per lane. */
    public static String itemId(Event e, int lane, LaneMode mode) {
        return mode == LaneMode.ACTOR ? e.id().value() + ID_SEPARATOR + lane : e.id().value();
    }

    /** The event id behind a chart item id. */
    public static String eventIdOf(String itemId) {
        int at = itemId.indexOf(ID_SEPARATOR);
        return at < 0 ? itemId : itemId.substring(0, at);
    }

    /** The option, and for each event the ids of the chart items that draw it (for highlights). */
    public record Built(ChartOption option, Map<EventId, List<String>> itemIds) {
    }

    public static Built build(List<Event> events, Dataset d, LaneMode mode, List<ActorId> pinned,
                              LocalDate windowFrom, LocalDate windowTo) {
        TimelineLanes lanes = TimelineLanes.of(mode, events, d, pinned);
        Map<EventClass, List<DataItem>> byClass = new EnumMap<>(EventClass.class);
        Arrays.stream(EventClass.values()).forEach(c -> byClass.put(c, new ArrayList<>()));
        Map<EventId, List<String>> itemIds = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (Placed p : place(events, lanes)) {
            Event e = p.event();
            itemIds.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(itemId(e, p.lane(), mode));
            byClass.get(e.type().eventClass()).add(
                    DataItem.event(itemId(e, p.lane(), mode), e.title(), p.from(), p.to(), p.lane(), p.slot(), p.slots())
                            .withTooltip(tooltip(e, d)));
            first = first == null || p.from().isBefore(first) ? p.from() : first;
            last = last == null || p.to().isAfter(last) ? p.to() : last;
        }
        var series = Arrays.stream(EventClass.values())
                .map(c -> CustomSeries.events("class-" + c.name().toLowerCase().replace('_', '-'), c.label(),
                        byClass.get(c), ItemStyle.color(EventColours.of(c))))
                .toArray(CustomSeries[]::new);

        ChartOption.Axis time = ChartOption.Axis.time();
        ChartOption.DataZoom inside = ChartOption.DataZoom.inside();
        ChartOption.DataZoom slider = ChartOption.DataZoom.slider();
        if (first != null) {
            Duration pad = Duration.between(first, last).dividedBy(40).plusDays(1);
            time = time.withBounds(first.minus(pad), last.plus(pad));
        }
        if (windowFrom != null && windowTo != null) {
            inside = inside.withWindow(startOf(windowFrom), endOf(windowTo));
            slider = slider.withWindow(startOf(windowFrom), endOf(windowTo));
        }
        ChartOption option = ChartOption.of(series)
                .withTooltip(ChartOption.Tooltip.Trigger.ITEM)
                .withLegend(ChartOption.Legend.at("0", "center"))
                .withGrid(new ChartOption.Grid("28", "24", "44", "8", true))
                .withXAxis(time)
                .withYAxis(ChartOption.Axis.lanes(lanes.labels()))
                .withDataZoom(inside, slider)
                .withAnimation(false);
        return new Built(option, Map.copyOf(itemIds));
    }

    private static List<String> tooltipLines(Event e, Dataset d) {
        return List.of(e.title(), EventText.dateOf(e) + precisionNote(e),
                e.type().eventClass().label() + " · " + e.type().key(), EventText.participantsOf(e, d));
    }

    private static String[] tooltip(Event e, Dataset d) {
        return tooltipLines(e, d).toArray(String[]::new);
    }

    private static String precisionNote(Event e) {
        return switch (e.date().precision()) {
            case DAY -> "";
            case MONTH -> " (month only)";
            case YEAR -> " (year only)";
        };
    }

    record Placed(Event event, int lane, Instant from, Instant to, int slot, int slots) {
    }

    /**
     * Gives each event on each of its lanes a slot, so that events whose spans overlap (or sit closer than a
     * small gap) are drawn above one another instead of on top of one another.
     */
    static List<Placed> place(List<Event> events, TimelineLanes lanes) {
        Map<Integer, List<Placed>> byLane = new HashMap<>();
        Instant min = events.isEmpty() ? Instant.EPOCH : startOf(events.getFirst().firstDay());
        Instant max = events.stream().map(e -> endOf(e.lastDay())).max(Instant::compareTo).orElse(min);
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
                while (slot < MAX_SLOTS && slotEnds[slot] != null && !slotEnds[slot].plus(gap).isBefore(p.from())) {
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
        placed.sort((a, b) -> a.lane() != b.lane() ? Integer.compare(a.lane(), b.lane())
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
