package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A line; series sharing a {@code stack} name are stacked, and {@code area} fills below the line.
 *
 * @param id series id
 * @param name series name (legend)
 * @param data one item per category, or {@code [x, y]} items on a value/time axis
 * @param stack stack group name, or null
 * @param smooth whether to smooth the line
 * @param showSymbol whether to draw a symbol on every point
 * @param area whether to fill the area below the line
 * @param lineStyle stroke
 * @param itemStyle colour of the points, the legend entry and (unless {@code lineStyle} says otherwise) the line
 */
public record LineSeries(
        String id,
        String name,
        List<DataItem> data,
        String stack,
        Boolean smooth,
        Boolean showSymbol,
        @JsonIgnore boolean area,
        LineStyle lineStyle,
        ItemStyle itemStyle)
        implements Series {

    public LineSeries {
        Checks.requireId(id);
        data = Checks.copy(data);
    }

    public LineSeries(
            String id,
            String name,
            List<DataItem> data,
            String stack,
            Boolean smooth,
            Boolean showSymbol,
            boolean area,
            LineStyle lineStyle) {
        this(id, name, data, stack, smooth, showSymbol, area, lineStyle, null);
    }

    public static LineSeries of(String id, String name, List<DataItem> data) {
        return new LineSeries(id, name, data, null, null, null, false, null, null);
    }

    /** Stacked and filled, the usual form of a stacked line chart. */
    public LineSeries stackedArea(String stack) {
        return new LineSeries(id, name, data, stack, smooth, showSymbol, true, lineStyle, itemStyle);
    }

    /** One colour for the line, its points (which it shows) and its legend entry. */
    public LineSeries coloured(String color) {
        return new LineSeries(
                id, name, data, stack, smooth, true, area, LineStyle.of(color, 2, null), ItemStyle.color(color));
    }

    @JsonProperty("areaStyle")
    Map<String, Object> areaStyle() {
        return area ? Map.of() : null;
    }
}
