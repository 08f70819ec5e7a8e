package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A continuous colour scale from {@code min} to {@code max}, used by heatmaps.
 *
 * @param min lowest value
 * @param max highest value
 * @param colors colours from low to high
 * @param calculable whether the user may drag the handles
 * @param orient {@code "horizontal"} or {@code "vertical"}
 * @param left e.g. {@code "center"}
 * @param bottom e.g. {@code "0"}
 */
public record VisualMap(
        double min,
        double max,
        @JsonIgnore List<String> colors,
        Boolean calculable,
        String orient,
        String left,
        String bottom) {

    public VisualMap {
        colors = Checks.copy(colors);
    }

    public static VisualMap of(double min, double max, List<String> colors) {
        return new VisualMap(min, max, colors, true, "horizontal", "center", "0");
    }

    @JsonProperty("inRange")
    Map<String, List<String>> inRange() {
        return colors == null ? null : Map.of("color", colors);
    }
}
