package dev.parley.chart;

import java.util.List;

/**
 * Bars; series sharing a {@code stack} name are stacked.
 *
 * @param id series id
 * @param name series name (legend)
 * @param data one item per category, or {@code [x, y]} items on a value/time axis
 * @param stack stack group name, or null
 * @param itemStyle default style
 * @param label value label
 */
public record BarSeries(String id, String name, List<DataItem> data, String stack, ItemStyle itemStyle, Label label)
        implements Series {

    public BarSeries {
        Checks.requireId(id);
        data = Checks.copy(data);
    }

    public static BarSeries of(String id, String name, List<DataItem> data) {
        return new BarSeries(id, name, data, null, null, null);
    }

    public BarSeries stacked(String stack) {
        return new BarSeries(id, name, data, stack, itemStyle, label);
    }
}
