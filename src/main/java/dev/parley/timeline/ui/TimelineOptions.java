package dev.parley.timeline.ui;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartKey.BinKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.CustomSeries;
import dev.parley.chart.DataItem;
import dev.parley.chart.DataZoom;
import dev.parley.chart.ItemStyle;
import dev.parley.chart.PreparedOption;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.event.ui.EventText;
import dev.parley.timeline.EmptyStretches;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the timeline's ECharts option: a time axis over the whole dataset, one lane per class, actor or
 * nothing, and every event as a dot (a day) or a bar over its span (a month, a year, or an event with an end),
 * coloured by class with one legend entry per class. Pure: the same events give the same option. Events carry
 * {@link EventKey}s and month bars {@link BinKey}s, so a click names the event or the month.
 */
public final class TimelineOptions {
    /**
     * Most events drawn one by one. Beyond it (a dataset of thousands seen whole) events are drawn as one bar per
     * lane, class and month, as strong as the month is busy; zooming in to a window with fewer events draws them
     * one by one again (see {@link #detailFor}). Ten thousand single items would take seconds to draw and could
     * not be told apart anyway.
     */
    public static final int ITEM_LIMIT = 1_500;
    /** The timeline among the charts that every session shares. */
    public static final ChartCache.Kind<Built> CHART = new ChartCache.Kind<>("timeline", Built.class);

    /** How wide a cut-out stretch is drawn, of the axis' width: enough to see and click the zigzag. */
    static final String BREAK_WIDTH = "1.5%";

    private TimelineOptions() {}

    /**
     * The lane named in each item's key. Only lanes by actor draw an event more than once, so only they need a name:
     * the lane actor's id, which stays when pins reorder the lanes, or for the rest the label "Others", which has a
     * capital and so is no actor's id.
     */
    static List<Optional<String>> laneKeys(TimelineLanes lanes, LaneMode mode) {
        List<Optional<String>> keys = new ArrayList<>();
        for (int lane = 0; lane < lanes.labels().size(); lane++) {
            keys.add(
                    mode != LaneMode.ACTOR
                            ? Optional.empty()
                            : Optional.of(
                                    lane < lanes.laneActors().size()
                                            ? lanes.laneActors().get(lane).value()
                                            : lanes.labels().get(lane)));
        }
        return keys;
    }

    private static String idOf(Event e, Optional<String> lane) {
        return ChartKeyCodec.encode(new EventKey(e.id(), lane));
    }

    /** Where a chart item sits: its series and its index in that series' data. */
    public record ItemRef(String seriesId, int index) {}

    /**
     * The option, the chart items that draw each event (one per lane, or the month bar it is counted in), and
     * the range drawn one event at a time.
     *
     * @param detail events overlapping it are drawn one by one, the rest in month bars; empty when all are in bars
     */
    public record Built(PreparedOption option, Map<EventId, List<ItemRef>> items, Optional<TimeWindow> detail) {

        /** The chart items of these events, as index lists per series id for {@code EChart.highlightIndices}. */
        public Map<String, List<Integer>> indicesOf(List<Event> events) {
            // bit sets, not sorted sets: at full range thousands of a busy actor's events share a few hundred bars
            Map<String, BitSet> out = new HashMap<>();
            for (Event e : events) {
                for (ItemRef ref : items.getOrDefault(e.id(), List.of())) {
                    out.computeIfAbsent(ref.seriesId(), id -> new BitSet()).set(ref.index());
                }
            }
            Map<String, List<Integer>> lists = new HashMap<>();
            out.forEach((id, set) -> lists.put(id, set.stream().boxed().toList()));
            return lists;
        }

        /** Whether this chart still fits a new visible window (the whole range: {@code all()}), so a zoom is enough. */
        public boolean fits(List<Event> events, TimeWindow visible) {
            return detail.map(d ->
                            !visible.from().isBefore(d.from()) && !visible.to().isAfter(d.to()))
                    .orElseGet(() -> detailFor(events, visible).isEmpty());
        }
    }

    /**
     * The range to draw one event at a time when {@code visible} is shown: everything when few enough; else the
     * visible window and half its width on each side (so a short pan needs no new chart), or the window alone;
     * empty when even the window holds more than {@value #ITEM_LIMIT} events.
     */
    public static Optional<TimeWindow> detailFor(List<Event> events, TimeWindow visible) {
        if (events.size() <= ITEM_LIMIT) {
            return Optional.of(TimeWindow.all());
        }
        if (visible.isAll()) {
            return Optional.empty();
        }
        long days = Math.max(1, visible.to().toEpochDay() - visible.from().toEpochDay());
        TimeWindow wide =
                new TimeWindow(visible.from().minusDays(days / 2), visible.to().plusDays(days / 2));
        if (count(events, wide) <= ITEM_LIMIT) {
            return Optional.of(wide);
        }
        return count(events, visible) <= ITEM_LIMIT ? Optional.of(visible) : Optional.empty();
    }

    private static long count(List<Event> events, TimeWindow w) {
        return events.stream().filter(w::overlaps).count();
    }

    /** The whole timeline, unzoomed: events one by one when few enough, else in month bars. */
    public static Built build(List<Event> events, Dataset d, LaneMode mode, List<ActorId> pinned) {
        return build(events, d, mode, pinned, null, detailFor(events, TimeWindow.all()), TimeScale.EVEN);
    }

    /**
     * The timeline zoomed to {@code visible} (or whole when null) on {@code scale}, drawing the events that overlap
     * {@code detail} one by one and the others in month bars.
     */
    public static Built build(
            List<Event> events,
            Dataset d,
            LaneMode mode,
            List<ActorId> pinned,
            TimeWindow visible,
            Optional<TimeWindow> detail,
            TimeScale scale) {
        TimelineLanes lanes = TimelineLanes.of(mode, events, d, pinned);
        List<Optional<String>> laneKeys = laneKeys(lanes, mode);
        Map<EventClass, List<DataItem>> byClass = new EnumMap<>(EventClass.class);
        Arrays.stream(EventClass.values()).forEach(c -> byClass.put(c, new ArrayList<>()));
        Map<EventId, List<ItemRef>> items = new HashMap<>();
        List<Event> single =
                detail.map(w -> events.stream().filter(w::overlaps).toList()).orElse(List.of());
        List<Event> binned = detail.map(
                        w -> events.stream().filter(e -> !w.overlaps(e)).toList())
                .orElse(events);
        for (TimelinePlacement.Placed p : TimelinePlacement.place(single, lanes)) {
            Event e = p.event();
            List<DataItem> series = byClass.get(e.type().eventClass());
            items.computeIfAbsent(e.id(), id -> new ArrayList<>())
                    .add(new ItemRef(seriesId(e.type().eventClass()), series.size()));
            String itemId = idOf(e, laneKeys.get(p.lane()));
            series.add(DataItem.event(itemId, e.title(), p.from(), p.to(), p.lane(), p.slot(), p.slots())
                    .withTooltip(tooltip(e, d)));
        }
        addBins(binned, lanes, mode, laneKeys, byClass, items);
        var series = Arrays.stream(EventClass.values())
                .map(c -> CustomSeries.events(
                        seriesId(c), c.label(), byClass.get(c), ItemStyle.color(EventColours.of(c))))
                .toArray(CustomSeries[]::new);

        ChartOption.Axis time = ChartOption.Axis.time();
        DataZoom inside = DataZoom.inside();
        DataZoom slider = DataZoom.slider();
        if (!events.isEmpty()) {
            Instant first = events.stream()
                    .map(e -> TimelinePlacement.startOf(e.firstDay()))
                    .min(Instant::compareTo)
                    .orElseThrow();
            Instant last = events.stream()
                    .map(e -> TimelinePlacement.endOf(e.lastDay()))
                    .max(Instant::compareTo)
                    .orElseThrow();
            Duration pad = Duration.between(first, last).dividedBy(40).plusDays(1);
            time = time.withBounds(first.minus(pad), last.plus(pad));
            if (scale == TimeScale.COMPRESSED) {
                time = time.withBreaks(EmptyStretches.of(events).stream()
                        .map(s -> new ChartOption.Axis.Break(
                                TimelinePlacement.startOf(s.from()).toEpochMilli(),
                                TimelinePlacement.endOf(s.to()).toEpochMilli(),
                                BREAK_WIDTH))
                        .toList());
            }
        }
        if (visible != null) {
            inside =
                    inside.withWindow(TimelinePlacement.startOf(visible.from()), TimelinePlacement.endOf(visible.to()));
            slider =
                    slider.withWindow(TimelinePlacement.startOf(visible.from()), TimelinePlacement.endOf(visible.to()));
        }
        ChartOption option = ChartOption.of(series)
                .withTooltip(ChartOption.Tooltip.Trigger.ITEM)
                .withLegend(ChartOption.Legend.at("0", "center").onOneLine())
                .withGrid(new ChartOption.Grid("28", "24", "44", "8", true))
                .withXAxis(time)
                .withYAxis(ChartOption.Axis.lanes(lanes.labels()))
                .withDataZoom(inside, slider)
                .withAnimation(false);
        Map<EventId, List<ItemRef>> frozen = new HashMap<>();
        items.forEach((id, refs) -> frozen.put(id, List.copyOf(refs)));
        return new Built(PreparedOption.of(option), Map.copyOf(frozen), detail);
    }

    private static String seriesId(EventClass c) {
        return "class-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * One bar per lane, class and month for the events not drawn one by one: over the whole month, in the class's
     * row of the lane (classes share a lane unless lanes are by class), as strong as the month is busy relative
     * to the busiest.
     */
    private static void addBins(
            List<Event> events,
            TimelineLanes lanes,
            LaneMode mode,
            List<Optional<String>> laneKeys,
            Map<EventClass, List<DataItem>> byClass,
            Map<EventId, List<ItemRef>> items) {
        record Bin(EventClass eventClass, int lane, YearMonth month) {}
        Map<Bin, List<Event>> bins = new TreeMap<>(Comparator.comparing(Bin::eventClass)
                .thenComparingInt(Bin::lane)
                .thenComparing(Bin::month));
        for (Event e : events) {
            YearMonth month = YearMonth.from(e.firstDay());
            for (int lane : lanes.lanesOf().apply(e)) {
                bins.computeIfAbsent(new Bin(e.type().eventClass(), lane, month), b -> new ArrayList<>())
                        .add(e);
            }
        }
        int busiest = bins.values().stream().mapToInt(List::size).max().orElse(1);
        int classes = EventClass.values().length;
        boolean ownLanes = mode == LaneMode.CLASS;
        bins.forEach((bin, inBin) -> {
            List<DataItem> series = byClass.get(bin.eventClass());
            String id = ChartKeyCodec.encode(new BinKey(laneKeys.get(bin.lane()), bin.month(), bin.eventClass()));
            String count = inBin.size() + (inBin.size() == 1 ? " event" : " events");
            String month = bin.month().format(MONTH);
            ItemRef ref = new ItemRef(seriesId(bin.eventClass()), series.size());
            inBin.forEach(
                    e -> items.computeIfAbsent(e.id(), x -> new ArrayList<>()).add(ref));
            series.add(DataItem.bin(
                            id,
                            count,
                            TimelinePlacement.startOf(bin.month().atDay(1)),
                            TimelinePlacement.endOf(bin.month().atEndOfMonth()),
                            bin.lane(),
                            ownLanes ? 0 : bin.eventClass().ordinal(),
                            ownLanes ? 1 : classes,
                            Math.sqrt(inBin.size() / (double) busiest))
                    .withTooltip(month, bin.eventClass().label() + ": " + count, "Click to zoom to this month"));
        });
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private static List<String> tooltipLines(Event e, Dataset d) {
        return List.of(
                e.title(),
                EventText.dateOf(e) + precisionNote(e),
                e.type().eventClass().label() + " · " + e.type().key(),
                EventText.participantsOf(e, d));
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
}
