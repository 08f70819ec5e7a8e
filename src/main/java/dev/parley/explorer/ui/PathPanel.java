package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.explorer.ui.ExplorerIntent.AskPath;
import dev.parley.explorer.ui.ExplorerIntent.OpenPair;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.network.ActorNetwork;
import dev.parley.network.ActorPath;
import dev.parley.network.ActorPath.Hop;
import dev.parley.network.ConnectionKind;
import dev.parley.relationship.ActorPair;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * "How are A and B connected?": two actors, and up to three shortest chains of shared events between them in the
 * current window, each hop explained by its events. Says plainly when there is none. Made once and updated in place.
 */
class PathPanel extends Div {
    static final int MAX_PATHS = ExplorerScene.MAX_PATHS;

    private final ComboBox<Actor> from = picker("From");
    private final ComboBox<Actor> to = picker("To");
    private final Div results = new Div();
    private final Paragraph none = new Paragraph();
    private final RowList<Integer, Integer, PathRow> paths;
    private final Consumer<ExplorerIntent> intents;
    private List<ActorPath> shownPaths = List.of();
    private Dataset dataset;
    private ActorNetwork network;

    PathPanel(Consumer<ExplorerIntent> intents) {
        this.intents = intents;
        addClassName("parley-path-panel");
        setId("path-panel");
        from.setId("path-from");
        to.setId("path-to");
        Button ask = new Button(
                "Find paths",
                click -> intents.accept(new AskPath(
                        Optional.ofNullable(from.getValue()).map(Actor::id),
                        Optional.ofNullable(to.getValue()).map(Actor::id))));
        ask.setId("path-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button clear = new Button("Clear", click -> intents.accept(new AskPath(Optional.empty(), Optional.empty())));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div pickers = new Div(from, to, new Div(ask, clear));
        pickers.addClassName("parley-path-pickers");
        results.setId("path-results");
        none.setId("path-none");
        paths = new RowList<>(results, i -> i, i -> new PathRow(), (row, i) -> row.show(i + 1, shownPaths.get(i)));
        results.add(none);
        add(new H4("How are they connected?"), pickers, results);
    }

    private static ComboBox<Actor> picker(String label) {
        ComboBox<Actor> box = new ComboBox<>(label);
        box.setItemLabelGenerator(Actor::name);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    void show(Dataset d, ActorNetwork net, Optional<ActorId> a, Optional<ActorId> b) {
        if (d != dataset) {
            List<Actor> actors = d.actors().stream()
                    .sorted(Comparator.comparing(Actor::name))
                    .toList();
            from.setItems(actors);
            to.setItems(actors);
        }
        dataset = d;
        network = net;
        from.setValue(a.flatMap(d::actor).orElse(null));
        to.setValue(b.flatMap(d::actor).orElse(null));
        boolean asked = a.isPresent() && b.isPresent();
        Shown.when(results, asked);
        shownPaths = asked ? network.paths(a.get(), b.get(), MAX_PATHS) : List.of();
        Shown.when(none, asked && shownPaths.isEmpty());
        none.setText(
                asked
                        ? d.nameOf(a.get()) + " and " + d.nameOf(b.get())
                                + " are not connected by shared events in the current time window and filters."
                        : "");
        paths.show(IntStream.range(0, shownPaths.size()).boxed().toList());
    }

    /** One path; redrawn only when its steps or their names change, so a reload leaves an unchanged path alone. */
    private final class PathRow extends Div {
        private String shown = "";

        private PathRow() {
            addClassName("parley-path");
        }

        void show(int number, ActorPath path) {
            String text = number + " "
                    + path.hops().stream()
                            .map(h -> dataset.nameOf(h.from()) + ">" + dataset.nameOf(h.to()) + ":"
                                    + h.via().weight())
                            .toList();
            if (text.equals(shown)) {
                return;
            }
            shown = text;
            removeAll();
            int hops = path.hops().size();
            Span title = new Span("Path " + number + ": " + hops + (hops == 1 ? " step" : " steps"));
            title.addClassName("parley-path-title");
            add(title);
            path.hops().forEach(hop -> add(hop(hop)));
        }
    }

    /**
     * One step of a path; opening it shows the way to the relationship of its two actors over time (from the step's
     * first actor) and the events that make the step, from the network shown then.
     */
    private Details hop(Hop hop) {
        String label = dataset.nameOf(hop.from()) + " → " + dataset.nameOf(hop.to()) + " ("
                + hop.via().weight() + (hop.via().weight() == 1 ? " event)" : " events)");
        Details details = new Details(label);
        details.addClassName("parley-hop");
        NativeButton relationship = new NativeButton(
                "Relationship over time", click -> intents.accept(new OpenPair(new ActorPair(hop.from(), hop.to()))));
        relationship.addClassName("parley-action");
        relationship.getElement().setAttribute("data-action", "relationship");
        relationship.getElement().setAttribute("data-from", hop.from().value());
        relationship.getElement().setAttribute("data-to", hop.to().value());
        Shown.when(relationship, hop.via().kind() == ConnectionKind.INTERACTION);
        Div events = new Div();
        details.add(relationship, events);
        Consumer<ActorId> onActor = x -> intents.accept(new SelectActor(x));
        Consumer<EventId> onEvent = x -> intents.accept(new SelectEvent(x));
        details.addOpenedChangeListener(open -> {
            if (open.isOpened() && events.getChildren().findAny().isEmpty()) {
                // the step as the network shown now has it: the data may have been reloaded since it was drawn
                List<Event> shown = network.connection(
                                hop.from(), hop.to(), hop.via().kind())
                        .map(network::eventsOf)
                        .orElse(List.of());
                shown.forEach(e -> events.add(new EventCard(e, dataset, onActor, onEvent)));
            }
        });
        return details;
    }
}
