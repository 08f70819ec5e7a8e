package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A complete ECharts option, or with {@link EChart#update} a patch of one: the small, typed subset Parley
 * uses (timeline, network, bars, stacked bars and lines, heatmap). Every component is optional; nulls are
 * not sent. Build with {@link #of} and the {@code with...} methods.
 *
 * @param title chart title
 * @param tooltip tooltip trigger; without it there are no tooltips
 * @param legend legend, listing series names (or graph categories)
 * @param grid plot area margins
 * @param xAxis x axes
 * @param yAxis y axes
 * @param dataZoom zoom controls (a time window on a timeline)
 * @param visualMap value-to-colour mapping (heatmaps)
 * @param series the series
 * @param animation false to draw at once (large data, tests)
 */
public record ChartOption(
        Title title,
        Tooltip tooltip,
        Legend legend,
        Grid grid,
        List<Axis> xAxis,
        List<Axis> yAxis,
        List<DataZoom> dataZoom,
        VisualMap visualMap,
        List<Series> series,
        Boolean animation) {

    public ChartOption {
        xAxis = Checks.copy(xAxis);
        yAxis = Checks.copy(yAxis);
        dataZoom = Checks.copy(dataZoom);
        series = Checks.copy(series);
    }

    /** An option with only these series. */
    public static ChartOption of(Series... series) {
        return new ChartOption(null, null, null, null, null, null, null, null, List.of(series), null);
    }

    /** An empty patch, to be filled with {@code with...} calls and sent with {@link EChart#update}. */
    public static ChartOption patch() {
        return new ChartOption(null, null, null, null, null, null, null, null, null, null);
    }

    public ChartOption withTitle(String text) {
        return new ChartOption(
                new Title(text, null), tooltip, legend, grid, xAxis, yAxis, dataZoom, visualMap, series, animation);
    }

    /** A title with a smaller second line under it, e.g. what the chart counts; both are part of exports. */
    public ChartOption withTitle(String text, String subtext) {
        return new ChartOption(
                new Title(text, null, subtext),
                tooltip,
                legend,
                grid,
                xAxis,
                yAxis,
                dataZoom,
                visualMap,
                series,
                animation);
    }

    public ChartOption withTooltip(Tooltip.Trigger trigger) {
        return new ChartOption(
                title, new Tooltip(trigger, true), legend, grid, xAxis, yAxis, dataZoom, visualMap, series, animation);
    }

    public ChartOption withLegend(Legend legend) {
        return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, dataZoom, visualMap, series, animation);
    }

    public ChartOption withGrid(Grid grid) {
        return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, dataZoom, visualMap, series, animation);
    }

    public ChartOption withXAxis(Axis... axes) {
        return new ChartOption(
                title, tooltip, legend, grid, List.of(axes), yAxis, dataZoom, visualMap, series, animation);
    }

    public ChartOption withYAxis(Axis... axes) {
        return new ChartOption(
                title, tooltip, legend, grid, xAxis, List.of(axes), dataZoom, visualMap, series, animation);
    }

    public ChartOption withDataZoom(DataZoom... zooms) {
        return new ChartOption(
                title, tooltip, legend, grid, xAxis, yAxis, List.of(zooms), visualMap, series, animation);
    }

    public ChartOption withVisualMap(VisualMap visualMap) {
        return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, dataZoom, visualMap, series, animation);
    }

    public ChartOption withSeries(Series... series) {
        return new ChartOption(
                title, tooltip, legend, grid, xAxis, yAxis, dataZoom, visualMap, List.of(series), animation);
    }

    public ChartOption withAnimation(boolean animation) {
        return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, dataZoom, visualMap, series, animation);
    }

    /**
     * @param text title text (canvas text, never HTML)
     * @param left e.g. {@code "center"}
     * @param subtext a smaller line under the title, or null
     */
    public record Title(String text, String left, String subtext) {

        public Title(String text, String left) {
            this(text, left, null);
        }
    }

    /**
     * Tooltips, always built by the element from plain text. {@code confine} keeps them inside the chart.
     *
     * @param trigger per item (timeline, graph) or per axis value (bars, lines)
     * @param confine whether to keep the tooltip inside the chart area
     */
    public record Tooltip(Trigger trigger, Boolean confine) {

        /** What shows a tooltip. */
        public enum Trigger {
            ITEM,
            AXIS;

            @JsonValue
            String json() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /**
     * @param show whether to show it
     * @param orient {@code "horizontal"} or {@code "vertical"}
     * @param top e.g. {@code "top"}, {@code "bottom"}, {@code "10"}
     * @param left e.g. {@code "left"}, {@code "center"}
     * @param type {@code "scroll"} to keep the legend on one line, paged when it is wider than the chart; null for
     *     ECharts' plain legend, which wraps onto more lines
     */
    public record Legend(Boolean show, String orient, String top, String left, String type) {

        public static Legend at(String top, String left) {
            return new Legend(true, null, top, left, null);
        }

        /**
         * This legend on one line, paged when the chart is narrow (a phone): a wrapped legend would lie over the plot,
         * whose top is fixed. Where it fits, it looks as a plain one; exports draw it plain.
         */
        public Legend onOneLine() {
            return new Legend(show, orient, top, left, "scroll");
        }
    }

    /**
     * How an axis draws its labels (canvas text, never HTML).
     *
     * @param interval 0 to draw every label, null to let ECharts leave out those that would overlap
     * @param rotate degrees, e.g. 90 for labels running upwards
     * @param fontSize in pixels
     * @param width the widest a label may be, in pixels; longer ones are cut with an ellipsis
     * @param overflow {@code "truncate"} to cut labels wider than {@code width}
     */
    public record AxisLabel(Integer interval, Integer rotate, Integer fontSize, Integer width, String overflow) {

        /** Every label, turned {@code rotate} degrees, in {@code fontSize}, cut with an ellipsis beyond {@code width}. */
        public static AxisLabel every(int rotate, int fontSize, int width) {
            return new AxisLabel(0, rotate, fontSize, width, "truncate");
        }
    }

    /**
     * Plot area margins: pixels ({@code "40"}) or percentages ({@code "10%"}).
     *
     * @param top top margin
     * @param right right margin
     * @param bottom bottom margin
     * @param left left margin
     * @param containLabel whether margins include the axis labels
     */
    public record Grid(String top, String right, String bottom, String left, Boolean containLabel) {}

    /**
     * An axis. A time axis takes epoch milliseconds; a category axis takes its labels in {@code data}, and
     * items refer to them by index.
     *
     * @param type value, category, time or log
     * @param name axis title
     * @param data category labels
     * @param inverse whether to run right-to-left or top-to-bottom
     * @param min lower bound (epoch millis on a time axis)
     * @param max upper bound
     * @param scale whether a value axis may leave out zero
     * @param minInterval smallest gap between ticks, e.g. 1 for counts
     * @param position {@code "top"} or {@code "bottom"} for an x axis, {@code "left"} or {@code "right"} for a y
     *     axis; null for ECharts' default
     * @param axisLabel how the labels are drawn; null for ECharts' default
     * @param breaks stretches cut out of the axis, each drawn as a narrow zigzag band (ECharts 6 axis breaks); a
     *     click on one opens it
     */
    public record Axis(
            Type type,
            String name,
            List<String> data,
            Boolean inverse,
            Number min,
            Number max,
            Boolean scale,
            Number minInterval,
            String position,
            AxisLabel axisLabel,
            List<Break> breaks) {

        public Axis {
            data = Checks.copy(data);
            breaks = Checks.copy(breaks);
        }

        /** A stretch of the axis left out, from {@code start} to {@code end}, drawn {@code gap} wide ("1.5%"). */
        public record Break(Number start, Number end, String gap) {}

        public static Axis time() {
            return new Axis(Type.TIME, null, null, null, null, null, null, null, null, null, null);
        }

        public static Axis value() {
            return new Axis(Type.VALUE, null, null, null, null, null, null, null, null, null, null);
        }

        /** A value axis of counts: ticks at whole numbers only. */
        public static Axis count() {
            return new Axis(Type.VALUE, null, null, null, null, null, null, 1, null, null, null);
        }

        public static Axis category(List<String> labels) {
            return new Axis(Type.CATEGORY, null, labels, null, null, null, null, null, null, null, null);
        }

        /** Category lanes listed top to bottom, as on a timeline. */
        public static Axis lanes(List<String> labels) {
            return new Axis(Type.CATEGORY, null, labels, true, null, null, null, null, null, null, null);
        }

        public Axis withBounds(Instant min, Instant max) {
            return new Axis(
                    type,
                    name,
                    data,
                    inverse,
                    min.toEpochMilli(),
                    max.toEpochMilli(),
                    scale,
                    minInterval,
                    position,
                    axisLabel,
                    breaks);
        }

        /** The axis drawn on another side, e.g. {@code "top"}. */
        public Axis at(String position) {
            return new Axis(type, name, data, inverse, min, max, scale, minInterval, position, axisLabel, breaks);
        }

        public Axis withBreaks(List<Break> breaks) {
            return new Axis(type, name, data, inverse, min, max, scale, minInterval, position, axisLabel, breaks);
        }

        public Axis withLabel(AxisLabel axisLabel) {
            return new Axis(type, name, data, inverse, min, max, scale, minInterval, position, axisLabel, breaks);
        }

        /** Axis kinds. */
        public enum Type {
            VALUE,
            CATEGORY,
            TIME,
            LOG;

            @JsonValue
            String json() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }
}
