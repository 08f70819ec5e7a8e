package dev.parley.chart;

import java.util.List;

/**
 * Cells {@code [xIndex, yIndex, value]} on two category axes, coloured by the option's visual map.
 *
 * @param id series id
 * @param name series name
 * @param data cells
 * @param label cell label (the value), or null for none
 */
public record HeatmapSeries(String id, String name, List<DataItem> data, Label label) implements Series {

    public HeatmapSeries {
        Checks.requireId(id);
        data = Checks.copy(data);
    }

    public static HeatmapSeries of(String id, String name, List<DataItem> data) {
        return new HeatmapSeries(id, name, data, null);
    }
}
