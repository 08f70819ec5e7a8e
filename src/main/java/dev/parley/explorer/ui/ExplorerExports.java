package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Anchor;
import dev.parley.chart.ChartKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportContext;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ExportMenu;
import dev.parley.event.Event;
import dev.parley.export.ExportNames;
import java.util.List;
import java.util.Optional;
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
        return new ExportFrame(
                title, ExportTexts.windowAndFilters(s.state(), s.dataset()), ExportTexts.sourceLine(s.windowEvents()));
    }

    /**
     * The "Publish" item of a chart's menu ({@link PublishLink}), from the scene at the time of the click.
     *
     * @param shown the events the chart shows, which bound the evidence inside
     * @param first what the scene has selected, whose evidence shows when the file opens
     */
    Anchor publishLink(
            EChart chart,
            String idPrefix,
            Supplier<ExportFrame> frame,
            Function<ExplorerScene, List<Event>> shown,
            Function<ExplorerScene, Optional<ChartKey>> first) {
        return PublishLink.of(
                chart,
                idPrefix,
                new PublishLink.Source(
                        frame,
                        () -> fileBase(idPrefix),
                        () -> shown.apply(scene.get()),
                        () -> scene.get().dataset(),
                        () -> first.apply(scene.get())));
    }

    /** The "Embed…" item of a chart's menu ({@link EmbedDialog}), for the scene at the time of the click. */
    void addEmbed(ExportMenu menu, String idPrefix, StandaloneChart chart, Supplier<ExportFrame> frame) {
        EmbedDialog.addTo(
                menu,
                idPrefix,
                chart,
                () -> scene.get().state(),
                () -> frame.get().title());
    }

    @Override
    public String fileBase(String what) {
        return ExportNames.baseName(what, scene.get().state().window());
    }
}
