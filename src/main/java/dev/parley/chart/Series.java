package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A series of a {@link ChartOption}. The JSON {@code type} comes from the record type, so a series cannot
 * be sent with the wrong shape. Every series has an id: {@link EChart#update} patches and highlights match
 * series by id, and clicks report it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = GraphSeries.class, name = "graph"),
    @JsonSubTypes.Type(value = ScatterSeries.class, name = "scatter"),
    @JsonSubTypes.Type(value = CustomSeries.class, name = "custom"),
    @JsonSubTypes.Type(value = BarSeries.class, name = "bar"),
    @JsonSubTypes.Type(value = LineSeries.class, name = "line"),
    @JsonSubTypes.Type(value = HeatmapSeries.class, name = "heatmap")
})
public sealed interface Series permits GraphSeries, ScatterSeries, CustomSeries, BarSeries, LineSeries, HeatmapSeries {

    /** The series id, unique within a chart. */
    String id();

    /** The series name (legend, tooltips); may be null. */
    String name();
}
