package dev.parley.explorer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.actor.Actor;
import dev.parley.actor.Role;
import dev.parley.base.ui.Names;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.explorer.Dossier;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.NetworkService;
import dev.parley.network.ui.NetworkTexts;
import java.util.List;
import java.util.Map;

/**
 * The dossier of an actor, to print ({@code print/actor?actor=…}, with the explorer's window and filters in the same
 * parameters): name, kind, aliases and roles, its metrics with their ranks, every connection strongest first with its
 * stance, and its events newest first with their quotes and sources. What it lists is a {@link Dossier}; this view
 * only sets it out, with the explorer's own texts and stance bars.
 *
 * <p>A Vaadin route rather than a page written by a controller: it takes the explorer's address as it is
 * ({@link ExplorerStateCodec}), reuses the explorer's components and texts, runs under the same security and
 * Content-Security-Policy, and the relationship's page draws its chart with the very chart element. It is shown
 * without the app's layout ({@code autoLayout = false}): that layout is a full-height frame whose content scrolls
 * inside it, which prints as one clipped screenful, where a page of its own flows over as many sheets as it needs.
 */
@AnonymousAllowed
@Route(value = DossierPrintView.ROUTE, autoLayout = false)
@StyleSheet("print.css")
public class DossierPrintView extends PrintView {
    static final String ROUTE = "print/actor";

    public DossierPrintView(DatasetService datasets, NetworkService networks) {
        super(datasets, networks, "Dossier");
    }

    @Override
    String fill(PrintPage page, Request request) {
        Dataset d = request.dataset();
        Actor actor = actorOf(request.parameters(), request.state(), d);
        ExplorerState state = request.state();
        show(page, Dossier.of(actor, request.networks().network(d, state.filter())), state, d);
        return "Dossier: " + actor.name();
    }

    /**
     * The actor an address asks for.
     *
     * @throws PrintProblem.Refused when it names none, or one the data does not know
     */
    static Actor actorOf(Map<String, List<String>> parameters, ExplorerState state, Dataset d) {
        String asked = PrintProblem.required(parameters, "actor", "No actor to print", "an actor's id");
        return state.actor()
                .flatMap(d::actor)
                .orElseThrow(() -> PrintProblem.unknown("Unknown actor", "No actor has the id \"" + asked + "\".")
                        .refused());
    }

    private static void show(PrintPage page, Dossier dossier, ExplorerState state, Dataset d) {
        Actor a = dossier.actor();
        page.title(a.name(), ExportTexts.windowAndFilters(state, d));
        Span kind = page.headerLine(new Span(a.kind().label()));
        kind.setId("dossier-kind");
        kind.getElement().setAttribute("theme", "badge contrast");
        if (!a.aliases().isEmpty()) {
            page.headerLine(new Paragraph("Also: " + String.join(", ", a.aliases())))
                    .setId("dossier-aliases");
        }
        a.description().ifPresent(text -> page.headerLine(new Paragraph(text)).setId("dossier-description"));
        if (!a.roles().isEmpty()) {
            UnorderedList roles = new UnorderedList();
            roles.setId("dossier-roles");
            a.roles().forEach(r -> roles.add(new ListItem(role(r, d))));
            page.section("dossier-roles-section", "Roles", roles);
        }
        if (!dossier.inNetwork()) {
            Paragraph none = new Paragraph("Takes part in no event in this time window and filters.");
            none.setId("dossier-not-in-window");
            page.section("dossier-network", "In the network", none);
        } else {
            page.section("dossier-metrics-section", "Metrics", metrics(dossier));
            int n = dossier.connections().size();
            page.section(
                    "dossier-connections-section", "Connections (" + n + "), strongest first", connections(dossier, d));
        }
        var events = dossier.events();
        Div list = new Div();
        list.setId("dossier-events");
        events.forEach(e -> list.add(PrintedEvent.of(e, d)));
        if (events.isEmpty()) {
            list.add(new Paragraph("No event in this time window and filters."));
        }
        page.section(
                "dossier-events-section",
                (events.size() == 1 ? "1 event" : events.size() + " events") + ", newest first",
                list);
        page.footnote(ExportTexts.sourceLine(events));
    }

    /** "President of Russia, Russia (2012 – )": the role's title, whom it is held in, its period. */
    private static String role(Role r, Dataset d) {
        String from = r.from().map(f -> f.display()).orElse("");
        String to = r.to().map(t -> t.display()).orElse("");
        return r.title()
                + r.of().map(of -> ", " + d.nameOf(of)).orElse("")
                + (from.isEmpty() && to.isEmpty() ? "" : " (" + (from.isEmpty() ? "?" : from) + " – " + to + ")");
    }

    private static PrintTable metrics(Dossier dossier) {
        PrintTable table = new PrintTable("dossier-metrics", "Metric", "Value", "Rank");
        for (Dossier.MetricLine m : dossier.metrics()) {
            Span label = new Span(m.metric().label());
            label.addClassName("parley-label");
            Span explanation = new Span(m.metric().explanation());
            explanation.addClassName("parley-print-explanation");
            table.row(
                            new Div(label, explanation),
                            (m.estimated() ? "≈ " : "") + NetworkTexts.metricValue(m.value()),
                            m.rank() + " of " + dossier.networkSize())
                    .getElement()
                    .setAttribute("data-metric", ExplorerStateCodec.key(m.metric()));
        }
        return table;
    }

    private static PrintTable connections(Dossier dossier, Dataset d) {
        PrintTable table = new PrintTable("dossier-connections", "Actor", "Shared", "Period", "Stance");
        for (Connection c : dossier.connections()) {
            var other = c.other(dossier.actor().id());
            Span name = Names.directionAuto(new Span(d.nameOf(other)));
            boolean role = c.kind() == ConnectionKind.AFFILIATION;
            StanceBar bar = new StanceBar();
            bar.show(c.tone());
            Span words = new Span(NetworkTexts.stance(c.tone()));
            words.addClassName("parley-print-explanation");
            var row = table.row(
                    name,
                    role
                            ? "Role: " + c.roleTitle().orElse("role")
                            : c.weight() + (c.weight() == 1 ? " event" : " events"),
                    NetworkTexts.period(c),
                    new Div(bar, words));
            row.getElement().setAttribute("data-actor", other.value());
            row.getElement().setAttribute("data-kind", ExplorerStateCodec.key(c.kind()));
        }
        return table;
    }
}
