package dev.parley.chart;

/**
 * A text label drawn by ECharts on the canvas or SVG, so its text is never parsed as HTML.
 *
 * @param show whether to draw it
 * @param position e.g. {@code "right"}, {@code "top"}, {@code "inside"}
 * @param fontSize in pixels
 */
public record Label(Boolean show, String position, Integer fontSize) {

    /** A shown label at the given position. */
    public static Label at(String position) {
        return new Label(true, position, null);
    }

    /** No label. */
    public static Label hidden() {
        return new Label(false, null, null);
    }
}
