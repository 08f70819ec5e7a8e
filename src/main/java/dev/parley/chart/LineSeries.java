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
 */
public record LineSeries(String id, String name, List<DataItem> data, String stack, Boolean smooth,
        Boolean showSymbol, @JsonIgnore boolean area, LineStyle lineStyle) implements Series {

    public LineSeries {
        Checks.requireId(id);
        data = Checks.copy(data);
    }

    public static LineSeries of(String id, String name, List<DataItem> data) {
        return new LineSeries(id, name, data, null, null, null, false, null);
    }

    /** Stacked and filled, the usual form of a stacked line chart. */
    public LineSeries stackedArea(String stack) {
        return new LineSeries(id, name, data, stack, smooth, showSymbol, true, lineStyle);
    }

    @JsonProperty("areaStyle")
    Map<String, Object> areaStyle() {
        return area ? Map.of() : null;
    }
}
