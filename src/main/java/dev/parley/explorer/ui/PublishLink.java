package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.parley.chart.ChartKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ShownChart;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.publish.ChartEvidence;
import dev.parley.publish.PublishedPage;
import dev.parley.publish.PublishedView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The "Publish" item of a chart's export menu: one HTML file of the chart as shown, with the evidence behind its
 * items, made from the view at the time of the click (dev.parley.publish, docs/sharing.md).
 */
final class PublishLink {
    private PublishLink() {}

    /** What a published chart is made of, read from the view when the file is asked for. */
    record Source(
            Supplier<ExportFrame> frame,
            Supplier<String> fileBase,
            Supplier<List<Event>> shown,
            Supplier<Dataset> dataset,
            Supplier<Optional<ChartKey>> first) {}

    static Anchor of(EChart chart, String idPrefix, Source source) {
        DownloadHandler handler = event -> {
            AtomicReference<PublishedView> view = new AtomicReference<>();
            AtomicReference<String> name = new AtomicReference<>();
            // the chart and the view belong to the UI: read them under the session's lock, write the file after it
            event.getUI().accessSynchronously(() -> {
                ShownChart drawn = chart.shown().orElseThrow(() -> new IllegalStateException("no chart to publish"));
                view.set(new PublishedView(
                        source.frame().get(),
                        drawn,
                        ChartEvidence.of(
                                drawn,
                                source.shown().get(),
                                source.dataset().get(),
                                source.first().get())));
                name.set(source.fileBase().get() + ".html");
            });
            byte[] html = PublishedPage.bundled().write(view.get()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(name.get());
            event.setContentType("text/html;charset=utf-8");
            event.setContentLength(html.length);
            event.getOutputStream().write(html);
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "Publish (interactive HTML)");
        link.setId(idPrefix + "-publish");
        link.getElement().setAttribute("title", "One HTML file with this chart and its evidence, to open anywhere");
        return link;
    }
}
