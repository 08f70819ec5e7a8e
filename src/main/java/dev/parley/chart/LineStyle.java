package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Stroke of a line series or a graph link; every component is optional.
 *
 * @param color CSS colour
 * @param width stroke width in pixels
 * @param type solid, dashed or dotted, e.g. to tell affiliation links from interactions
 * @param curveness 0 (straight) to 1, used by graph links
 * @param opacity 0 (invisible) to 1
 */
public record LineStyle(String color, Number width, Type type, Double curveness, Double opacity) {

    /** Dash pattern of a line. */
    public enum Type {
        SOLID,
        DASHED,
        DOTTED;

        @JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A line of the given colour, width and dash pattern. */
    public static LineStyle of(String color, Number width, Type type) {
        return new LineStyle(color, width, type, null, null);
    }
}
