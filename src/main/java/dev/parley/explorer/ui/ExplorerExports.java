package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportContext;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ShownChart;
import dev.parley.event.Event;
import dev.parley.export.ExportNames;
import dev.parley.publish.ChartEvidence;
import dev.parley.publish.PublishedPage;
import dev.parley.publish.PublishedView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the explorer's exported images say besides the chart, read from the scene shown at the time of export. */
final class ExplorerExports implements ExportContext {
    private final Supplier<ExplorerScene> scene;

    ExplorerExports(Supplier<ExplorerScene> scene) {
        this.scene = scene;
    }

    /** Title, time window and filters, and the source count. */
    @Override
    public ExportFrame frame(String title) {
        ExplorerScene s = scene.get();
        List<Event> events = s.windowEvents();
        long articles = events.stream().map(Event::article).distinct().count();
        return new ExportFrame(
                title,
                ExportTexts.windowAndFilters(s.state(), s.dataset()),
                "Source: " + events.size() + (events.size() == 1 ? " event" : " events") + " from " + articles
                        + (articles == 1 ? " article" : " articles") + ", Parley");
    }

    /**
     * The "Publish" item of a chart's export menu: one HTML file of the chart as shown, with the evidence behind its
     * items, made from the scene at the time of the click (dev.parley.publish, docs/sharing.md).
     *
     * @param shown the events the chart shows, which bound the evidence inside
     */
    Anchor publishLink(
            EChart chart, String idPrefix, Supplier<ExportFrame> frame, Function<ExplorerScene, List<Event>> shown) {
        DownloadHandler handler = event -> {
            AtomicReference<PublishedView> view = new AtomicReference<>();
            AtomicReference<String> name = new AtomicReference<>();
            // the chart and scene belong to the UI: read them under the session's lock, write the file after it
            event.getUI().accessSynchronously(() -> {
                ShownChart drawn = chart.shown().orElseThrow(() -> new IllegalStateException("no chart to publish"));
                ExplorerScene s = scene.get();
                view.set(new PublishedView(frame.get(), drawn, ChartEvidence.of(drawn, shown.apply(s), s.dataset())));
                name.set(fileBase(idPrefix) + ".html");
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

    @Override
    public String fileBase(String what) {
        return ExportNames.baseName(what, scene.get().state().window());
    }
}
