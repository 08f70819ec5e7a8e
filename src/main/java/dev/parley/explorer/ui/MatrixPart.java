package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportContext;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ExportMenu;
import dev.parley.explorer.ui.ExplorerIntent.Adjust;
import dev.parley.explorer.ui.ExplorerIntent.OpenPair;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.network.ActorNetwork;
import dev.parley.relationship.RelationshipMatrix;
import dev.parley.relationship.ui.MatrixOptions;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The relationship matrix of the window: its most active actors against each other, coloured by how they stand
 * with each other. Redrawn only when the events or the size change; a click on a cell opens that pair's relationship,
 * the row's actor first, and one on the diagonal selects its actor. With many actors the matrix grows taller than its
 * tab and scrolls, so that names and cells stay legible.
 */
final class MatrixPart extends Div implements ExplorerPart {
    /** The sizes offered; a size from the URL outside them is offered too. */
    static final List<Integer> SIZES = List.of(10, 20, 30, 40, 60);
    /** The least height of a row, and the room for the names above, in pixels. */
    private static final int ROW = 14;

    private static final int ROOM = 200;

    private final EChart chart = new EChart();
    private final Select<Integer> size = new Select<>();
    private final Span note = new Span();
    private final ChartCache charts;
    private final ExportContext exports;
    private MatrixOptions.Built built;

    MatrixPart(ChartCache charts, ExportContext exports, Consumer<ExplorerIntent> intents) {
        this.charts = charts;
        this.exports = exports;
        chart.setId("relationship-matrix");
        chart.setSizeFull();
        chart.addItemClickListener(e -> clicked(e, intents));
        size.setId("matrix-size");
        size.setAriaLabel("How many of the most active actors the matrix shows");
        size.setItemLabelGenerator(n -> n + " actors");
        size.setWidth("8.5em");
        size.addThemeVariants(SelectVariant.LUMO_SMALL);
        size.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                int n = e.getValue();
                intents.accept(new Adjust(s -> s.withMatrixSize(n)));
            }
        });
        note.setId("matrix-note");
        note.addClassName("parley-chart-note");
        ChartBox.fill(
                this,
                chart,
                "Relationship matrix",
                new ExportMenu(
                        chart, "relationship-matrix", this::frame, () -> exports.fileBase("relationship-matrix")),
                "parley-matrix-box",
                size,
                note);
    }

    @Override
    public void show(ExplorerScene next, StateChange change) {
        if (change.filter() || change.matrix()) {
            ActorNetwork network = next.network();
            int n = next.state().matrixSize();
            built = charts.get(MatrixOptions.CHART.key(network, n), () -> MatrixOptions.prepare(network, n));
            chart.setOption(built.option());
            chart.getStyle().set("min-height", (ROOM + ROW * built.matrix().size()) + "px");
            TreeSet<Integer> sizes = new TreeSet<>(SIZES);
            sizes.add(n);
            if (!size.getListDataView().getItems().toList().equals(List.copyOf(sizes))) {
                size.setItems(sizes);
            }
            size.setValue(n);
            note.setText(note(built.matrix(), network));
        }
    }

    private static String note(RelationshipMatrix matrix, ActorNetwork network) {
        if (matrix.isEmpty()) {
            return "No actor takes part in an event in this window.";
        }
        return "Colour: mean score of the pair's shared events (red conflict, grey neutral, blue cooperation);"
                + " number: shared events; diagonal: camp (purple 1, orange 2, grey none). Ordered by camp, then"
                + " activity: " + matrix.size() + " of "
                + network.participants().size() + " actors.";
    }

    private void clicked(ChartItemClickEvent e, Consumer<ExplorerIntent> intents) {
        switch (e.getKey().orElse(null)) {
            case PairKey key
            when built != null ->
                built.pairOf(e.getSeriesId(), key).map(OpenPair::new).ifPresent(intents);
            case ActorKey actor -> intents.accept(new SelectActor(actor.actor()));
            case null, default -> {
                // another item (a forged id): nothing to open
            }
        }
    }

    /** The image says which actors it shows and how to read it. */
    private ExportFrame frame() {
        RelationshipMatrix matrix = built.matrix();
        ExportFrame f = exports.frame("Relationship matrix: the " + matrix.size() + " most active actors");
        return new ExportFrame(
                f.title(),
                f.subtitle(),
                f.footnote() + ". Colour: mean Goldstein score of shared events; number: shared events; diagonal: camp"
                        + " (purple 1, orange 2, grey none); ordered by camp, then activity");
    }
}
