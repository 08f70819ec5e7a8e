package dev.parley.chart;

/**
 * Fill and border of a data item, category or whole series; every component is optional.
 *
 * @param color CSS colour of the fill
 * @param borderColor CSS colour of the outline
 * @param borderWidth outline width in pixels
 * @param opacity 0 (invisible) to 1
 */
public record ItemStyle(String color, String borderColor, Number borderWidth, Double opacity) {

    /** A plain fill colour. */
    public static ItemStyle color(String color) {
        return new ItemStyle(color, null, null, null);
    }
}
