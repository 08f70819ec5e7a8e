package dev.parley.chart;

import java.util.List;

/**
 * Points on a cartesian grid, e.g. timeline events at {@code [time, lane]}.
 *
 * @param id series id
 * @param name series name (legend)
 * @param data points
 * @param symbol e.g. {@code "circle"}, {@code "diamond"}
 * @param symbolSize default size in pixels
 * @param itemStyle default style
 */
public record ScatterSeries(
        String id, String name, List<DataItem> data, String symbol, Number symbolSize, ItemStyle itemStyle)
        implements Series {

    public ScatterSeries {
        Checks.requireId(id);
        data = Checks.copy(data);
    }

    public static ScatterSeries of(String id, String name, List<DataItem> data) {
        return new ScatterSeries(id, name, data, null, null, null);
    }
}
