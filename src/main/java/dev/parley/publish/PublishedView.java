package dev.parley.publish;

import dev.parley.chart.ExportFrame;
import dev.parley.chart.ShownChart;
import java.util.Objects;

/**
 * One chart to publish: what it shows, what is said around it, and the evidence behind its items.
 *
 * @param frame the title, the window and filters, and the source footnote
 * @param chart the chart as shown
 * @param evidence what a click on each of its items shows
 */
public record PublishedView(ExportFrame frame, ShownChart chart, Evidence evidence) {
    public PublishedView {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(evidence, "evidence");
    }
}
