package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A continuous colour scale from {@code min} to {@code max}: a heatmap's, or the colours of chosen series' points
 * computed in the browser (less to send and to set up than a colour on every point).
 *
 * @param min lowest value
 * @param max highest value
 * @param colors colours from low to high
 * @param calculable whether the user may drag the handles
 * @param orient {@code "horizontal"} or {@code "vertical"}
 * @param left e.g. {@code "center"} or {@code "right"}
 * @param bottom e.g. {@code "0"}
 * @param top e.g. {@code "middle"}, or null
 * @param dimension which value of each cell the colour maps (0 for the first); null for the last
 * @param text the labels at the high and the low end, in that order, or null for the numbers
 * @param show false to colour without showing the scale (a legend elsewhere explains it); null shows it
 * @param seriesIndex the series it colours, or null for all
 */
public record VisualMap(
        double min,
        double max,
        @JsonIgnore List<String> colors,
        Boolean calculable,
        String orient,
        String left,
        String bottom,
        String top,
        Integer dimension,
        List<String> text,
        Boolean show,
        List<Integer> seriesIndex) {

    public VisualMap {
        colors = Checks.copy(colors);
        text = Checks.copy(text);
        seriesIndex = Checks.copy(seriesIndex);
    }

    public static VisualMap of(double min, double max, List<String> colors) {
        return new VisualMap(min, max, colors, true, "horizontal", "center", "0", null, null, null, null, null);
    }

    /** Colours the points of the given series by their value at {@code dimension}, without showing a scale. */
    public static VisualMap hidden(double min, double max, List<String> colors, int dimension, List<Integer> series) {
        return new VisualMap(
                min, max, colors, false, null, null, null, null, dimension, null, false, List.copyOf(series));
    }

    /**
     * A fixed scale (no handles) standing at the right, middle, that colours by the value at {@code dimension} and
     * names its ends {@code high} and {@code low}.
     */
    public static VisualMap fixedAtRight(
            double min, double max, List<String> colors, int dimension, String high, String low) {
        return new VisualMap(
                min,
                max,
                colors,
                false,
                "vertical",
                "right",
                null,
                "middle",
                dimension,
                List.of(high, low),
                null,
                null);
    }

    @JsonProperty("inRange")
    Map<String, List<String>> inRange() {
        return colors == null ? null : Map.of("color", colors);
    }
}
