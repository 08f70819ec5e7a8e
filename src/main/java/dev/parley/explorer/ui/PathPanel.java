package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.network.ActorNetwork;
import dev.parley.network.ActorPath;
import dev.parley.network.ActorPath.Hop;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * "How are A and B connected?": two actors, and up to three shortest chains of shared events between them in
 * the current window, each hop explained by its events. Says plainly when there is none.
 */
class PathPanel extends Div {
    static final int MAX_PATHS = 3;

    PathPanel(Dataset d, ActorNetwork network, Optional<ActorId> from,
              Optional<ActorId> to, BiConsumer<Optional<ActorId>, Optional<ActorId>> onAsk, ExplorerActions actions) {
        addClassName("parley-path-panel");
        setId("path-panel");
        add(new H4("How are they connected?"));
        List<Actor> actors = d.actors().stream().sorted(Comparator.comparing(Actor::name)).toList();
        ComboBox<Actor> a = picker("From", actors, from, d);
        a.setId("path-from");
        ComboBox<Actor> b = picker("To", actors, to, d);
        b.setId("path-to");
        Button ask = new Button("Find paths", click -> onAsk.accept(
                Optional.ofNullable(a.getValue()).map(Actor::id), Optional.ofNullable(b.getValue()).map(Actor::id)));
        ask.setId("path-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button clear = new Button("Clear", click -> onAsk.accept(Optional.empty(), Optional.empty()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div pickers = new Div(a, b, new Div(ask, clear));
        pickers.addClassName("parley-path-pickers");
        add(pickers);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Div results = new Div();
        results.setId("path-results");
        String nameA = nameOf(from.get(), d);
        String nameB = nameOf(to.get(), d);
        List<ActorPath> paths = network.paths(from.get(), to.get(), MAX_PATHS);
        if (paths.isEmpty()) {
            Paragraph none = new Paragraph(nameA + " and " + nameB
                    + " are not connected by shared events in the current time window and filters.");
            none.setId("path-none");
            results.add(none);
        }
        int number = 1;
        for (ActorPath path : paths) {
            results.add(path(number++, path, d, network, actions));
        }
        add(results);
    }

    private static ComboBox<Actor> picker(String label, List<Actor> actors, Optional<ActorId> value, Dataset d) {
        ComboBox<Actor> box = new ComboBox<>(label, actors);
        box.setItemLabelGenerator(Actor::name);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        value.flatMap(d::actor).ifPresent(box::setValue);
        return box;
    }

    private static Div path(int number, ActorPath path, Dataset d, ActorNetwork network, ExplorerActions actions) {
        Div box = new Div();
        box.addClassName("parley-path");
        int hops = path.hops().size();
        Span title = new Span("Path " + number + ": " + hops + (hops == 1 ? " step" : " steps"));
        title.addClassName("parley-path-title");
        box.add(title);
        for (Hop hop : path.hops()) {
            String label = nameOf(hop.from(), d) + " → " + nameOf(hop.to(), d) + " (" + hop.via().weight()
                    + (hop.via().weight() == 1 ? " event)" : " events)");
            Details details = new Details(label);
            details.addClassName("parley-hop");
            details.addOpenedChangeListener(open -> {
                if (open.isOpened() && details.getContent().findAny().isEmpty()) {
                    network.eventsOf(hop.via()).forEach(e -> details.add(
                            new EventCard(e, d, actions::selectActor, actions::selectEvent)));
                }
            });
            box.add(details);
        }
        return box;
    }

    private static String nameOf(ActorId id, Dataset d) {
        return d.actor(id).map(Actor::name).orElse(id.value());
    }
}
