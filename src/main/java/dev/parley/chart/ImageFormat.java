package dev.parley.chart;

/** Formats {@link EChart#exportImage} can produce, both rendered in the browser. */
public enum ImageFormat {
    /** Raster image of the canvas, scaled by the export's pixel ratio. */
    PNG("png"),
    /** Vector image: the current option rendered again by ECharts' SVG renderer. */
    SVG("svg");

    private final String type;

    ImageFormat(String type) {
        this.type = type;
    }

    /** The type name the custom element understands, also the usual file extension. */
    public String type() {
        return type;
    }
}
