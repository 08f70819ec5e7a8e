package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One data item of any series: a graph node, a timeline point or span, a bar, a line point or a heatmap cell.
 *
 * <p>Only the components a series type uses need to be set; nulls are not sent. {@code value} with one number
 * is sent as a plain number (bars, lines), with several as an array (coordinates). Times are epoch
 * milliseconds, lanes are category indexes.
 *
 * <p>{@code tooltipLines} is plain text, one entry per line, shown by the element through
 * {@code textContent}. It is deliberately not called {@code tooltip}: ECharts reads a string there as a
 * per-item formatter template and renders it as HTML.
 *
 * @param id stable id, reported by clicks and used by links and highlights
 * @param name display name (label, legend, default tooltip)
 * @param value one number, or coordinates such as {@code [time, lane]} or {@code [from, to, lane]}
 * @param x graph node position, computed on the server
 * @param y graph node position, computed on the server
 * @param symbolSize node or point size in pixels
 * @param category index into the graph series' categories
 * @param itemStyle fill and border
 * @param label text label
 * @param tooltipLines plain-text tooltip lines; the first is shown in bold
 * @param row where a timeline event sits in its lane, sent as the item's own {@code slot}, {@code slots} and
 *            {@code strength} fields
 */
public record DataItem(
        String id,
        String name,

        @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
        List<Number> value,

        Double x,
        Double y,
        Number symbolSize,
        Integer category,
        ItemStyle itemStyle,
        Label label,
        List<String> tooltipLines,
        @JsonUnwrapped Row row) {

    public DataItem {
        // a null coordinate is kept: ECharts leaves a gap in a line there (a period without a value)
        value = value == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(value));
        tooltipLines = tooltipLines == null ? null : List.copyOf(tooltipLines);
    }

    /** An item that is not a timeline event (no {@link Row}). */
    public DataItem(
            String id,
            String name,
            List<Number> value,
            Double x,
            Double y,
            Number symbolSize,
            Integer category,
            ItemStyle itemStyle,
            Label label,
            List<String> tooltipLines) {
        this(id, name, value, x, y, symbolSize, category, itemStyle, label, tooltipLines, null);
    }

    /**
     * Where a timeline event is drawn within its lane: in row {@code slot} of {@code slots}, stacked so that events
     * overlapping in time do not cover each other; a month bar of many events also has its {@code strength}.
     *
     * @param slot the row, from 0
     * @param slots how many rows the lane has
     * @param strength how busy a month bar's month is, 0 to 1; null for a single event
     */
    public record Row(int slot, int slots, Double strength) {

        public Row {
            if (slot < 0 || slots < 1 || slot >= slots) {
                throw new IllegalArgumentException("slot " + slot + " of " + slots);
            }
            if (strength != null && !(strength >= 0 && strength <= 1)) {
                throw new IllegalArgumentException("strength " + strength);
            }
        }
    }

    /** A graph node at a server-computed position. */
    public static DataItem node(String id, String name, double x, double y) {
        return new DataItem(Objects.requireNonNull(id, "id"), name, null, x, y, null, null, null, null, null);
    }

    /** A timeline point at {@code time} on lane {@code lane} (index into the category axis). */
    public static DataItem point(String id, Instant time, int lane) {
        return new DataItem(
                Objects.requireNonNull(id, "id"),
                null,
                List.of(time.toEpochMilli(), lane),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A timeline span from {@code from} to {@code to} on lane {@code lane}, drawn by the span renderer. */
    public static DataItem span(String id, Instant from, Instant to, int lane) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("span " + id + " ends before it starts");
        }
        return new DataItem(
                Objects.requireNonNull(id, "id"),
                null,
                List.of(from.toEpochMilli(), to.toEpochMilli(), lane),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A timeline event drawn by {@link CustomSeries.Renderer#EVENT}: {@code value} is {@code [from, to, lane]} (what
     * the axes encode), and the item's {@code slot} of {@code slots} says which row of the lane it is stacked in.
     */
    public static DataItem event(String id, String name, Instant from, Instant to, int lane, int slot, int slots) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("event " + id + " ends before it starts");
        }
        return onRow(id, name, from, to, lane, new Row(slot, slots, null));
    }

    /**
     * Many timeline events in one bar, drawn by {@link CustomSeries.Renderer#EVENT} like an event over
     * {@code from}..{@code to}, as thick as {@code strength} (0 to 1) says, labelled {@code name}.
     */
    public static DataItem bin(
            String id, String name, Instant from, Instant to, int lane, int slot, int slots, double strength) {
        if (to.isBefore(from) || !(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("bin " + id + ": bad span or strength");
        }
        return onRow(id, name, from, to, lane, new Row(slot, slots, strength));
    }

    /** A span on a lane with its row of the lane: what the timeline's event renderer draws. */
    private static DataItem onRow(String id, String name, Instant from, Instant to, int lane, Row row) {
        return new DataItem(
                Objects.requireNonNull(id, "id"),
                name,
                List.of(from.toEpochMilli(), to.toEpochMilli(), lane),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                row);
    }

    /** A named single value, e.g. a bar on a category axis. */
    public static DataItem of(String name, Number value) {
        return new DataItem(null, name, List.of(value), null, null, null, null, null, null, null);
    }

    /** A value at explicit coordinates, e.g. a heatmap cell {@code [xIndex, yIndex, count]}. */
    public static DataItem at(Number... coordinates) {
        return new DataItem(null, null, Arrays.asList(coordinates), null, null, null, null, null, null, null);
    }

    public DataItem withName(String name) {
        return new DataItem(id, name, value, x, y, symbolSize, category, itemStyle, label, tooltipLines, row);
    }

    public DataItem withSymbolSize(Number symbolSize) {
        return new DataItem(id, name, value, x, y, symbolSize, category, itemStyle, label, tooltipLines, row);
    }

    public DataItem withCategory(int category) {
        return new DataItem(id, name, value, x, y, symbolSize, category, itemStyle, label, tooltipLines, row);
    }

    public DataItem withItemStyle(ItemStyle itemStyle) {
        return new DataItem(id, name, value, x, y, symbolSize, category, itemStyle, label, tooltipLines, row);
    }

    public DataItem withLabel(Label label) {
        return new DataItem(id, name, value, x, y, symbolSize, category, itemStyle, label, tooltipLines, row);
    }

    /** Plain-text tooltip, one argument per line. */
    public DataItem withTooltip(String... lines) {
        return new DataItem(id, name, value, x, y, symbolSize, category, itemStyle, label, List.of(lines), row);
    }
}
