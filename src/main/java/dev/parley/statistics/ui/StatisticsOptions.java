package dev.parley.statistics.ui;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.chart.BarSeries;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.CellKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.ChartOption.Axis;
import dev.parley.chart.ChartOption.Grid;
import dev.parley.chart.ChartOption.Legend;
import dev.parley.chart.ChartOption.Tooltip.Trigger;
import dev.parley.chart.DataItem;
import dev.parley.chart.HeatmapSeries;
import dev.parley.chart.ItemStyle;
import dev.parley.chart.Label;
import dev.parley.chart.LineSeries;
import dev.parley.chart.VisualMap;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventClass;
import dev.parley.network.Metric;
import dev.parley.network.ui.NetworkTexts;
import dev.parley.statistics.ActorScore;
import dev.parley.statistics.MonthlyCounts;
import dev.parley.statistics.Stance;
import dev.parley.timeline.ui.EventColours;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the ECharts options of the four statistics charts. Pure: the same numbers give the same option. Every bar,
 * point and cell carries the {@link ChartKey} of an actor, a month or both (encoded by {@link ChartKeyCodec}), so a
 * click names them, and a plain-text tooltip. Titles are chart titles, so exported images carry them.
 */
public final class StatisticsOptions {
    public static final String ACTORS_SERIES = "top-actors";
    public static final String HEATMAP_SERIES = "activity";
    /** Shown under the monthly charts: how an event is placed in a month. */
    public static final String COUNTING_RULE =
            "Each event counted once, in the month its date starts (year-only dates in January)";

    static final List<String> HEAT_COLOURS = List.of("#f5f7f8", "#90caf9", "#1e88e5", "#0d47a1");

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final Grid WITH_LEGEND = new Grid("96", "24", "8", "8", true);
    private static final Grid WITHOUT_LEGEND = new Grid("64", "48", "8", "8", true);
    private static final Grid ABOVE_VISUAL_MAP = new Grid("64", "24", "56", "8", true);

    private StatisticsOptions() {}

    /** The series id of an event class in the events-per-month chart, e.g. {@code class-verbal-cooperation}. */
    public static String classSeries(EventClass c) {
        return "class-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The series id of a stance in the cooperation-and-conflict chart: {@code cooperation} or {@code conflict}. */
    public static String stanceSeries(Stance s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Events per month, stacked by event class: one bar per month whose height is the number of events, split into
     * the class colours (one legend entry per class). Bars are {@link MonthKey}s in every class series.
     */
    public static ChartOption eventsPerMonth(MonthlyCounts<EventClass> counts) {
        List<BarSeries> series = new ArrayList<>();
        for (EventClass c : counts.keys()) {
            List<DataItem> bars = new ArrayList<>();
            for (YearMonth m : counts.months()) {
                int n = counts.count(c, m);
                bars.add(item(new MonthKey(m), c.label(), n)
                        .withTooltip(
                                LONG_MONTH.format(m),
                                c.label() + ": " + events(n),
                                "All classes: " + events(counts.totalIn(m))));
            }
            series.add(new BarSeries(
                    classSeries(c), c.label(), bars, "events", ItemStyle.color(EventColours.of(c)), null));
        }
        return monthly(counts, "Events per month", COUNTING_RULE)
                .withSeries(series.toArray(BarSeries[]::new))
                .withYAxis(Axis.count());
    }

    /**
     * Cooperation against conflict over time: two lines, the number of cooperation events (verbal and material,
     * in blue) and of conflict events (verbal and material, in red) per month; neutral events are left out.
     * Points are {@link MonthKey}s.
     */
    public static ChartOption cooperationAndConflict(MonthlyCounts<Stance> counts) {
        List<LineSeries> series = new ArrayList<>();
        for (Stance s : counts.keys()) {
            List<DataItem> points = new ArrayList<>();
            for (YearMonth m : counts.months()) {
                int n = counts.count(s, m);
                points.add(item(new MonthKey(m), s.label(), n)
                        .withTooltip(LONG_MONTH.format(m), s.label() + ": " + events(n)));
            }
            series.add(LineSeries.of(stanceSeries(s), s.label(), points).coloured(colour(s)));
        }
        return monthly(
                        counts,
                        "Cooperation and conflict",
                        "Verbal and material alike, per month; neutral events left out")
                .withSeries(series.toArray(LineSeries[]::new))
                .withYAxis(Axis.count());
    }

    /**
     * The most central actors on a metric, as horizontal bars from the highest down, each labelled with its value;
     * the subtitle says what the metric means. Bars are {@link ActorKey}s.
     */
    public static ChartOption topActors(List<ActorScore> scores, Metric metric, Dataset dataset) {
        List<String> names = scores.stream().map(s -> name(s.actor(), dataset)).toList();
        List<DataItem> bars = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            ActorScore s = scores.get(i);
            bars.add(item(new ActorKey(s.actor()), names.get(i), round(s.score()))
                    .withTooltip(
                            names.get(i),
                            metric.label() + ": " + NetworkTexts.metricValue(s.score()),
                            "Rank " + s.rank()));
        }
        BarSeries series =
                new BarSeries(ACTORS_SERIES, metric.label(), bars, null, ItemStyle.color("#5c6bc0"), Label.at("right"));
        return ChartOption.of(series)
                .withTitle("Most central actors: " + metric.label(), metric.explanation())
                .withTooltip(Trigger.ITEM)
                .withGrid(WITHOUT_LEGEND)
                .withXAxis(Axis.value())
                .withYAxis(Axis.lanes(names))
                .withAnimation(false);
    }

    /**
     * Activity of the most active actors per month as a heat map: one row per actor (most active on top), one
     * column per month, the colour the number of events the actor took part in that month (a visual map below
     * gives the scale). Every cell is there, zeros too, as a {@link CellKey}.
     */
    public static ChartOption activity(MonthlyCounts<ActorId> counts, Dataset dataset) {
        List<ActorId> actors = counts.keys();
        List<DataItem> cells = new ArrayList<>();
        for (int y = 0; y < actors.size(); y++) {
            ActorId a = actors.get(y);
            String name = name(a, dataset);
            for (int x = 0; x < counts.months().size(); x++) {
                YearMonth m = counts.months().get(x);
                int n = counts.count(a, m);
                cells.add(new DataItem(
                                ChartKeyCodec.encode(new CellKey(a, m)),
                                null,
                                List.of(x, y, n),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .withTooltip(name, LONG_MONTH.format(m) + ": " + events(n)));
            }
        }
        return ChartOption.of(HeatmapSeries.of(HEATMAP_SERIES, "Events taken part in", cells))
                .withTitle(
                        "Activity of the most active actors",
                        "Events each actor took part in per month (mentions not counted)")
                .withTooltip(Trigger.ITEM)
                .withGrid(ABOVE_VISUAL_MAP)
                .withXAxis(Axis.category(labels(counts.months())))
                .withYAxis(Axis.lanes(actors.stream().map(a -> name(a, dataset)).toList()))
                .withVisualMap(VisualMap.of(0, Math.max(1, counts.max()), HEAT_COLOURS))
                .withAnimation(false);
    }

    /** The parts shared by the two charts over months: title, item tooltips, legend, month axis. */
    private static ChartOption monthly(MonthlyCounts<?> counts, String title, String subtitle) {
        return ChartOption.of()
                .withTitle(title, subtitle)
                .withTooltip(Trigger.ITEM)
                .withLegend(Legend.at("52", "center"))
                .withGrid(WITH_LEGEND)
                .withXAxis(Axis.category(labels(counts.months())))
                .withAnimation(false);
    }

    static String colour(Stance s) {
        return switch (s) {
            case COOPERATION -> EventColours.of(EventClass.VERBAL_COOPERATION);
            case CONFLICT -> EventColours.of(EventClass.MATERIAL_CONFLICT);
        };
    }

    private static DataItem item(ChartKey key, String name, Number value) {
        return new DataItem(ChartKeyCodec.encode(key), name, List.of(value), null, null, null, null, null, null, null);
    }

    private static List<String> labels(List<YearMonth> months) {
        return months.stream().map(SHORT_MONTH::format).toList();
    }

    private static String name(ActorId id, Dataset dataset) {
        return dataset.actor(id).map(Actor::name).orElse(id.value());
    }

    private static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }

    /** Bar lengths: whole numbers as they are, others to three decimals (the label shows the value). */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
