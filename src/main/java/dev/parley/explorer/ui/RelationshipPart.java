package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.parley.actor.Actor;
import dev.parley.base.ui.InView;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ExportMenu;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.Scores;
import dev.parley.explorer.ui.ExplorerIntent.Adjust;
import dev.parley.explorer.ui.ExplorerIntent.OpenPair;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.export.ExportNames;
import dev.parley.network.ConnectionKind;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Mean;
import dev.parley.relationship.Relationship;
import dev.parley.relationship.RelationshipCsv;
import dev.parley.relationship.ui.RelationshipOptions;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The relationship of two actors over time (the state's {@code pair}): a one-sentence reading, the scores each way
 * per period with a rolling mean and the turning points, the events per period by class, and the events behind it
 * newest first. Two pickers choose the pair here too. A click on an event selects it and shows the timeline.
 *
 * <p>The events are built when their heading comes into view ({@link InView}): below the two charts they are out of
 * sight when a pair opens, and their cards would otherwise be most of what an opening costs.
 */
final class RelationshipPart extends Div implements ExplorerPart {
    private final Consumer<ExplorerIntent> intents;
    private final ComboBox<Actor> first = new PairPicker("First actor", "relationship-first");
    private final ComboBox<Actor> second = new PairPicker("Second actor", "relationship-second");
    private final H3 title = new H3();
    private final Paragraph reading = new Paragraph();
    private final Paragraph directions = new Paragraph();
    private final Paragraph hint = new Paragraph(
            "Choose two actors above, or open a pair from a connection's \"Relationship over time\", a path step or a"
                    + " cell of the relationship matrix.");
    private final EChart scores = chart("relationship-chart", "320px");
    private final EChart classes = chart("relationship-classes", "200px");
    private final Div charts = new Div();
    private final Anchor print = PrintLink.create("Print", "relationship-print");
    private final H4 eventsTitle = new H4();
    private final EventPages events;
    /** Whether the events-by-class chart is in view (or near it), as the browser last said. */
    private boolean classesInView;
    /** Whether the events-by-class chart shows {@link #relationship}. */
    private boolean classesFilled;
    /** Whether the events' heading is in view (or near it), as the browser last said. */
    private boolean eventsInView;
    /** Whether the cards show the events of {@link #relationship}. */
    private boolean eventsFilled;

    private ExplorerScene scene;
    private Relationship relationship;

    RelationshipPart(Consumer<ExplorerIntent> intents, Runnable showTimeline) {
        this.intents = intents;
        setId("relationship");
        addClassName("parley-relationship");
        Button swap = new Button("Swap", click -> current().ifPresent(p -> intents.accept(new OpenPair(p.swapped()))));
        swap.getElement().setAttribute("data-action", "swap");
        Button close = new Button("Close", click -> intents.accept(new Adjust(s -> s.withPair(Optional.empty()))));
        close.getElement().setAttribute("data-action", "close");
        for (Button b : List.of(swap, close)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Div pickers = new Div(first, second, swap, close, print);
        pickers.addClassName("parley-relationship-pickers");
        first.addValueChangeListener(e -> picked(e.isFromClient()));
        second.addValueChangeListener(e -> picked(e.isFromClient()));
        title.setId("relationship-title");
        reading.setId("relationship-reading");
        reading.addClassName("parley-relationship-reading");
        directions.addClassName("parley-secondary");

        Div scoresBox = new Div();
        DownloadHandler series = event -> {
            Relationship shown = relationship;
            event.setFileName(fileBase("relationship-series") + ".csv");
            event.setContentType("text/csv;charset=utf-8");
            event.getOutputStream().write(RelationshipCsv.of(shown).getBytes(StandardCharsets.UTF_8));
        };
        Anchor csv = new Anchor();
        csv.setText("Series (CSV)");
        // a download is registered with the session, so the link gets it once it is on a page
        csv.addAttachListener(attach -> csv.setHref(series, AttachmentType.DOWNLOAD));
        csv.setId("relationship-csv");
        ChartBox.fill(
                scoresBox,
                scores,
                "Score each way, with its rolling mean",
                publishable(menu(scores, "relationship")),
                "parley-relationship-scores",
                csv);
        Div classesBox = new Div();
        ChartBox.fill(
                classesBox,
                classes,
                "Events by class",
                menu(classes, "relationship-classes"),
                "parley-relationship-classes");
        charts.add(scoresBox, classesBox);
        // no margin: drawing it takes one round trip, and just below the fold it would otherwise always count as seen
        InView.track(classesBox, "0px", this::classesInView);

        events = new EventPages(
                        a -> intents.accept(new SelectActor(a)),
                        e -> {
                            intents.accept(new SelectEvent(e));
                            showTimeline.run();
                        },
                        () -> scene.dataset())
                .withIds("relationship-events", "relationship-more");
        eventsTitle.setId("relationship-events-title");
        InView.track(eventsTitle, this::eventsInView);
        add(pickers, title, reading, directions, hint, charts, eventsTitle, events);
    }

    @Override
    public void show(ExplorerScene next, StateChange change) {
        scene = next;
        Dataset d = next.dataset();
        if (change.data()) {
            List<Actor> actors = d.actors().stream()
                    .sorted(Comparator.comparing(Actor::name))
                    .toList();
            first.setItems(actors);
            second.setItems(actors);
        }
        Optional<ActorPair> pair = current();
        first.setValue(pair.flatMap(p -> d.actor(p.a())).orElse(null));
        second.setValue(pair.flatMap(p -> d.actor(p.b())).orElse(null));
        boolean open = pair.isPresent();
        PrintLink.point(print, RelationshipPrintView.ROUTE, next.state());
        for (var c : List.of(title, reading, directions, charts, eventsTitle, print)) {
            Shown.when(c, open);
        }
        Shown.when(hint, !open);
        if (!open) {
            relationship = null;
            events.show(List.of());
            return;
        }
        if (!(change.filter() || change.pair()) && relationship != null) {
            return;
        }
        relationship = relationshipOf(pair.get(), next);
        String a = d.nameOf(pair.get().a());
        String b = d.nameOf(pair.get().b());
        title.setText(a + " and " + b);
        reading.setText(relationship.reading());
        directions.setText(directions(relationship, a, b));
        scores.setOption(RelationshipOptions.scores(relationship, a, b));
        classesFilled = false;
        if (classesInView) {
            showClasses();
        }
        int n = relationship.events().size();
        eventsTitle.setText("The " + (n == 1 ? "event" : n + " events") + " behind it, newest first");
        eventsFilled = false;
        if (eventsInView) {
            showEvents();
        } else {
            events.show(List.of());
        }
    }

    /** The browser says whether the events' heading is in view; the events are built when it first is. */
    void eventsInView(boolean inView) {
        eventsInView = inView;
        if (inView && relationship != null && !eventsFilled) {
            showEvents();
        }
    }

    /**
     * The browser says whether the events-by-class chart is in view; it is drawn when it first is. Below the scores
     * it is out of sight when a pair opens on a laptop screen, and its drawing was a third of an opening's.
     */
    void classesInView(boolean inView) {
        classesInView = inView;
        if (inView && relationship != null && !classesFilled) {
            showClasses();
        }
    }

    private void showClasses() {
        classesFilled = true;
        classes.setOption(RelationshipOptions.classes(relationship));
    }

    private void showEvents() {
        eventsFilled = true;
        events.show(relationship.events());
    }

    /** The pair of the state, if both actors exist in the data shown. */
    private Optional<ActorPair> current() {
        if (scene == null) {
            return Optional.empty();
        }
        Dataset d = scene.dataset();
        return scene.state()
                .pair()
                .filter(p -> d.actor(p.a()).isPresent() && d.actor(p.b()).isPresent());
    }

    /** The relationship over the events of the scene's filter that both actors share. */
    static Relationship relationshipOf(ActorPair pair, ExplorerScene scene) {
        var network = scene.network();
        List<Event> shared = network.connection(pair.a(), pair.b(), ConnectionKind.INTERACTION)
                .map(network::eventsOf)
                .orElse(List.of());
        return Relationship.of(pair, shared);
    }

    private void picked(boolean fromClient) {
        if (fromClient
                && first.getValue() != null
                && second.getValue() != null
                && !first.getValue().equals(second.getValue())) {
            intents.accept(new OpenPair(
                    new ActorPair(first.getValue().id(), second.getValue().id())));
        }
    }

    /** The scores chart's menu also publishes it, with the pair's events shown beside it when the file opens. */
    private ExportMenu publishable(ExportMenu menu) {
        menu.addFile(PublishLink.of(
                scores,
                "relationship",
                new PublishLink.Source(
                        this::frame,
                        () -> fileBase("relationship"),
                        () -> relationship.events(),
                        () -> scene.dataset(),
                        () -> Optional.of(new PairKey(
                                relationship.pair().a(), relationship.pair().b())))));
        EmbedDialog.addTo(
                menu, "relationship", StandaloneChart.RELATIONSHIP, () -> scene.state(), () -> frame().title());
        return menu;
    }

    private ExportMenu menu(EChart chart, String what) {
        return new ExportMenu(chart, chart.getId().orElse(what), this::frame, () -> fileBase(what));
    }

    private ExportFrame frame() {
        return frameOf(relationship, scene);
    }

    static ExportFrame frameOf(Relationship r, ExplorerScene scene) {
        return ExportTexts.relationship(r, scene.state(), scene.dataset());
    }

    private String fileBase(String what) {
        ActorPair p = relationship.pair();
        return ExportNames.baseName(
                what + "-" + p.a().value() + "-" + p.b().value(), scene.state().window());
    }

    /** "A → B: mean −2.0 over 3 events · B → A: no event". */
    static String directions(Relationship r, String a, String b) {
        return a + " → " + b + ": " + mean(r.aToB()) + " · " + b + " → " + a + ": " + mean(r.bToA());
    }

    private static String mean(Mean m) {
        return m.count() == 0
                ? "no event"
                : "mean " + Scores.format(m.value().orElseThrow()) + " over " + m.count()
                        + (m.count() == 1 ? " event" : " events");
    }

    private static EChart chart(String id, String height) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight(height);
        return chart;
    }
}
