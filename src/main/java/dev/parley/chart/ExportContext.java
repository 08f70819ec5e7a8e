package dev.parley.chart;

/** What a view tells its export menus: how to frame an image with a title, and how to name its file. */
public interface ExportContext {
    /** The frame of an image whose title is {@code title}: the view's time window, filters and source count. */
    ExportFrame frame(String title);

    /** A file name without extension, e.g. {@code parley-network-2025-02-01_2025-03-31} for {@code network}. */
    String fileBase(String what);
}
