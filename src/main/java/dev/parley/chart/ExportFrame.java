package dev.parley.chart;

import java.util.Objects;

/**
 * What an exported chart image says besides the chart, for a reader of a report: what it shows, for which
 * time window and filters, and where the data comes from.
 *
 * @param title e.g. "Network of actors: Vladimir Putin and connections"
 * @param subtitle e.g. "1 February 2025 – 31 March 2025 · all event classes"
 * @param footnote e.g. "Source: 42 events from 17 articles, Parley"
 */
public record ExportFrame(String title, String subtitle, String footnote) {
    public ExportFrame {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(footnote, "footnote");
    }
}
