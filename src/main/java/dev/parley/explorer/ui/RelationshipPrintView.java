package dev.parley.explorer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.actor.ActorId;
import dev.parley.chart.EChart;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.NetworkService;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Relationship;
import dev.parley.relationship.ui.RelationshipOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The relationship of two actors, to print ({@code print/relationship?pair=a,b}, with the explorer's window and
 * filters): the reading, the mean each way, the chart of the scores and the events by class, and the events behind
 * it newest first with their quotes and sources. The relationship is the explorer's
 * ({@link RelationshipPart#relationshipOf}), its frame the exported image's ({@link ExportTexts#relationship}).
 *
 * <p>The charts are the explorer's chart element drawing with ECharts' SVG renderer: vector shapes and text stay sharp
 * at a printer's resolution, where a canvas would print its screen pixels. print.css gives them the width of the
 * narrower of the two sheets' printable areas on screen already, so the chart drawn is the chart printed (a page
 * being printed is laid out again, but a chart is not redrawn). Why a Vaadin route, and why without the app's layout:
 * see {@link DossierPrintView}.
 */
@AnonymousAllowed
@Route(value = RelationshipPrintView.ROUTE, autoLayout = false)
@StyleSheet("print.css")
public class RelationshipPrintView extends PrintView {
    static final String ROUTE = "print/relationship";

    public RelationshipPrintView(DatasetService datasets, NetworkService networks) {
        super(datasets, networks, "Relationship over time");
    }

    @Override
    String fill(PrintPage page, Request request) {
        ExplorerState state = request.state();
        Dataset d = request.dataset();
        ActorPair pair = pairOf(request.parameters(), state, d);
        ExplorerScene scene = ExplorerScene.derive(state, d, request.networks(), Optional.empty());
        Relationship r = RelationshipPart.relationshipOf(pair, scene);
        String a = d.nameOf(pair.a());
        String b = d.nameOf(pair.b());
        show(page, r, a, b, state, d);
        return a + " and " + b;
    }

    /**
     * The pair an address asks for.
     *
     * @throws PrintProblem.Refused when it names none, not two different actors, or an actor the data does not know
     */
    static ActorPair pairOf(Map<String, List<String>> parameters, ExplorerState state, Dataset d) {
        String asked = PrintProblem.required(parameters, "pair", "No pair to print", "two actors' ids");
        ActorPair pair = state.pair()
                .orElseThrow(() -> new PrintProblem(
                                "Not a pair",
                                "\"" + asked + "\" is not a pair: write two different actors' ids with a comma between"
                                        + " them, as in ?pair=first-actor,second-actor.",
                                400)
                        .refused());
        List<String> unknown = Stream.of(pair.a(), pair.b())
                .filter(id -> d.actor(id).isEmpty())
                .map(ActorId::value)
                .toList();
        if (!unknown.isEmpty()) {
            throw PrintProblem.unknown(
                            "Unknown actor", "No actor has the id \"" + String.join("\" or \"", unknown) + "\".")
                    .refused();
        }
        return pair;
    }

    private static void show(PrintPage page, Relationship r, String a, String b, ExplorerState state, Dataset d) {
        page.title(a + " and " + b, ExportTexts.windowAndFilters(state, d));
        Paragraph reading = page.headerLine(new Paragraph(r.reading()));
        reading.setId("print-reading");
        reading.addClassName("parley-relationship-reading");
        page.headerLine(new Paragraph(RelationshipPart.directions(r, a, b))).setId("print-directions");
        if (!r.events().isEmpty()) {
            page.section(
                    "relationship-charts-section",
                    "Score each way, with its rolling mean; events by class",
                    chart("print-scores", "parley-print-scores", RelationshipOptions.scores(r, a, b)),
                    chart("print-classes", "parley-print-classes", RelationshipOptions.classes(r)));
        }
        Div list = new Div();
        list.setId("relationship-print-events");
        r.events().forEach(e -> list.add(PrintedEvent.of(e, d)));
        if (r.events().isEmpty()) {
            list.add(new Paragraph("No event between them in this time window and filters."));
        }
        int n = r.events().size();
        page.section(
                "relationship-events-section",
                "The " + (n == 1 ? "event" : n + " events") + " behind it, newest first",
                list);
        page.footnote(ExportTexts.relationship(r, state, d).footnote());
    }

    private static EChart chart(String id, String className, dev.parley.chart.ChartOption option) {
        EChart chart = new EChart();
        chart.useSvgRenderer();
        chart.setId(id);
        chart.addClassName(className);
        chart.setOption(option);
        return chart;
    }
}
