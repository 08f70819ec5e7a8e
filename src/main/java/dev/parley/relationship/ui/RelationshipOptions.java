package dev.parley.relationship.ui;

import dev.parley.chart.BarSeries;
import dev.parley.chart.ChartOption;
import dev.parley.chart.ChartOption.Axis;
import dev.parley.chart.ChartOption.Grid;
import dev.parley.chart.ChartOption.Legend;
import dev.parley.chart.ChartOption.Tooltip;
import dev.parley.chart.DataItem;
import dev.parley.chart.Diverging;
import dev.parley.chart.ItemStyle;
import dev.parley.chart.LineSeries;
import dev.parley.chart.LineStyle;
import dev.parley.chart.ScatterSeries;
import dev.parley.chart.Series;
import dev.parley.chart.VisualMap;
import dev.parley.event.EventClass;
import dev.parley.event.Scores;
import dev.parley.relationship.Mean;
import dev.parley.relationship.Period;
import dev.parley.relationship.Relationship;
import dev.parley.timeline.ui.EventColours;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The two charts of a relationship: its scores over time (each way, coloured on the diverging scale, with the
 * rolling mean and the turning points) and its events per period by class, on the same periods so they read one
 * above the other. Names are passed in, so the options hold only what is drawn.
 */
public final class RelationshipOptions {
    /** Series ids, which tests and the CSV name too. */
    public static final String A_TO_B = "a-to-b";

    public static final String B_TO_A = "b-to-a";
    public static final String ROLLING = "rolling";
    public static final String TURNS = "turns";
    private static final String INK = "#37474f";
    private static final Grid GRID = new Grid("40", "24", "28", "8", true);

    private RelationshipOptions() {}

    /**
     * The scores chart: one point per period and direction, sized by its number of events and coloured by its mean on
     * the {@link Diverging} scale.
     */
    public static ChartOption scores(Relationship r, String nameA, String nameB) {
        List<Period> periods = r.periods();
        List<String> labels = periods.stream().map(Period::label).toList();
        String unit = r.granularity().unit();
        String rollingName = "Rolling mean (" + Relationship.ROLLING + " " + unit + "s)";
        List<Series> series = new ArrayList<>();
        series.add(direction(A_TO_B, nameA + " → " + nameB, "circle", periods, Period::aToB));
        series.add(direction(B_TO_A, nameB + " → " + nameA, "diamond", periods, Period::bToA));
        List<DataItem> rolling = new ArrayList<>();
        List<DataItem> turns = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            Double value = p.rolling().isPresent() ? round(p.rolling().getAsDouble()) : null;
            rolling.add(DataItem.at(i, value)
                    .withTooltip(rollingName + ", " + p.label(), value == null ? "no event" : Scores.format(value)));
            if (p.turn()) {
                String towards = p.rolling().getAsDouble() > 0 ? "cooperative" : "conflictual";
                turns.add(DataItem.at(i, value)
                        .withTooltip("Turning point, " + p.label(), "The rolling mean turns " + towards));
            }
        }
        series.add(new LineSeries(
                ROLLING,
                rollingName,
                rolling,
                null,
                false,
                false,
                false,
                LineStyle.of(INK, 2, null),
                ItemStyle.color(INK)));
        series.add(new ScatterSeries(TURNS, "Turning point", turns, "pin", 26, ItemStyle.color(INK)));
        return ChartOption.of(series.toArray(Series[]::new))
                .withTooltip(Tooltip.Trigger.ITEM)
                .withLegend(Legend.at("0", "center"))
                .withGrid(GRID)
                .withXAxis(Axis.category(labels))
                .withYAxis(new Axis(
                        Axis.Type.VALUE, "Score", null, null, Diverging.MIN, Diverging.MAX, null, 5, null, null, null))
                // the two directions' points take their colour from their score (dimension 1) in the browser
                .withVisualMap(VisualMap.hidden(Diverging.MIN, Diverging.MAX, Diverging.stops(), 1, List.of(0, 1)))
                .withAnimation(false);
    }

    /** The events per period by class, stacked, in the colours of the timeline. */
    public static ChartOption classes(Relationship r) {
        List<Period> periods = r.periods();
        List<Series> series = new ArrayList<>();
        for (EventClass c : EventClass.values()) {
            List<DataItem> items = new ArrayList<>();
            for (Period p : periods) {
                items.add(DataItem.at(p.count(c)).withTooltip(c.label() + ", " + p.label(), count(p.count(c))));
            }
            series.add(new BarSeries(
                    "class-" + c.name().toLowerCase(java.util.Locale.ROOT),
                    c.label(),
                    items,
                    "classes",
                    ItemStyle.color(EventColours.of(c)),
                    null));
        }
        return ChartOption.of(series.toArray(Series[]::new))
                .withTooltip(Tooltip.Trigger.ITEM)
                .withLegend(Legend.at("0", "center"))
                .withGrid(GRID)
                .withXAxis(Axis.category(periods.stream().map(Period::label).toList()))
                .withYAxis(Axis.count())
                .withAnimation(false);
    }

    private static ScatterSeries direction(
            String id, String name, String symbol, List<Period> periods, Function<Period, Mean> mean) {
        List<DataItem> items = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Mean m = mean.apply(periods.get(i));
            if (m.count() > 0) {
                double value = round(m.value().orElseThrow());
                items.add(DataItem.at(i, value)
                        .withSymbolSize(Math.round(8 + 4 * Math.sqrt(m.count())))
                        .withTooltip(
                                name + ", " + periods.get(i).label(),
                                "mean " + Scores.format(value) + " over " + count(m.count())));
            }
        }
        return new ScatterSeries(id, name, items, symbol, 10, new ItemStyle(Diverging.NEUTRAL, INK, 1, null));
    }

    private static String count(int n) {
        return n + (n == 1 ? " event" : " events");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
