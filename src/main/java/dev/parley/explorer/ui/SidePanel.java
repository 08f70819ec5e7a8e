package dev.parley.explorer.ui;

import dev.parley.network.ui.NetworkOptions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.search.SearchService;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The details side of the explorer: a search box, then what the state is about (the selected event, the
 * selected actor and its connections, a path question) or, with nothing selected, an overview of the most
 * central actors and how to read the charts.
 */
class SidePanel extends Div {
    static final int SEARCH_LIMIT = 8;
    static final int TOP_ACTORS = 10;

    private final SearchService search;
    private final ExplorerActions actions;
    private final TextField query = new TextField();
    private final Div content = new Div();
    private Supplier<List<Component>> redraw = List::of;
    private ExplorerState shownState;
    private Dataset dataset = Dataset.empty();
    private ActorNetwork network;
    private Optional<Connection> shownConnection = Optional.empty();

    SidePanel(SearchService search, ExplorerActions actions) {
        this.search = search;
        this.actions = actions;
        addClassName("parley-side");
        setId("side-panel");
        query.setPlaceholder("Search actors, events, quotes");
        query.setAriaLabel("Search actors, events and quotes");
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setId("search");
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> render());
        content.addClassName("parley-side-content");
        add(query, content);
    }

    /**
     * Shows what the state is about. The same state again means the data was reloaded under the same view: the
     * search text and an open connection stay, and every component whose content did not change is kept (see
     * {@link KeepUnchanged}), so a click on its way still reaches its button. A new state starts afresh.
     */
    void show(ExplorerState state, Dataset d, ActorNetwork network,
              BiConsumer<Optional<ActorId>, Optional<ActorId>> onAskPath) {
        boolean reload = state.equals(shownState);
        shownState = state;
        dataset = d;
        this.network = network;
        redraw = () -> {
            Optional<Actor> actor = state.actor().flatMap(d::actor);
            var event = state.event().flatMap(d::event);
            if (event.isPresent()) {
                return List.of(EventCard.detail(event.get(), d, actions::selectActor, actions::selectEvent));
            } else if (actor.isPresent()) {
                return List.of(new ActorPanel(actor.get(), network, d, actions, this::network));
            } else if (state.pathFrom().isPresent() || state.pathTo().isPresent()) {
                return List.of(new PathPanel(d, network, state.pathFrom(), state.pathTo(), onAskPath, actions));
            }
            return List.of(overview(state, d, network),
                    new PathPanel(d, network, Optional.empty(), Optional.empty(), onAskPath, actions));
        };
        if (!reload) {
            query.clear();
            render();
            return;
        }
        Optional<Connection> again = shownConnection.flatMap(c -> network.connectionsOf(c.a()).stream()
                .filter(other -> other.b().equals(c.b()) && other.kind() == c.kind()).findFirst());
        if (again.isPresent()) {
            showConnection(again.get(), d, network);
        } else {
            render();
        }
    }

    /** The network shown now: panels read it when a click asks for more, so what they add is never stale. */
    private ActorNetwork network() {
        return network;
    }

    private void render() {
        shownConnection = Optional.empty();
        String q = query.getValue();
        if (q != null && !q.isBlank()) {
            KeepUnchanged.update(content, List.of(new SearchResultsPanel(search.search(dataset, q, SEARCH_LIMIT),
                    actions)));
        } else {
            KeepUnchanged.update(content, redraw.get());
        }
    }

    /** The events behind one edge, newest first; shown until the next selection. */
    void showConnection(Connection c, Dataset d, ActorNetwork network) {
        shownConnection = Optional.of(c);
        String a = d.actor(c.a()).map(Actor::name).orElse(c.a().value());
        String b = d.actor(c.b()).map(Actor::name).orElse(c.b().value());
        Div panel = new Div();
        panel.setId("connection-panel");
        H3 title = new H3(a + " — " + b);
        Button back = new Button("Back", click -> render());
        back.getElement().setAttribute("data-action", "back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        panel.add(back, title);
        if (c.kind() == ConnectionKind.AFFILIATION) {
            panel.add(new Paragraph(a + ": " + c.roleTitle().orElse("role") + " (from the actors file)"));
        } else {
            String period = NetworkOptions.period(c);
            panel.add(new Paragraph(c.weight() + (c.weight() == 1 ? " shared event" : " shared events")
                    + (period.isEmpty() ? "" : ", " + period) + ", newest first."));
            network.eventsOf(c).forEach(e -> panel.add(
                    new EventCard(e, d, actions::selectActor, actions::selectEvent)));
        }
        KeepUnchanged.update(content, List.of(panel));
    }

    private Div overview(ExplorerState state, Dataset d, ActorNetwork network) {
        Div box = new Div();
        box.setId("overview");
        box.add(new H3("Explore"));
        box.add(new Paragraph("Click an actor in the network, an event on the timeline, or search. Drag on the "
                + "timeline's slider or zoom with the wheel to choose a time window; every view follows."));
        box.add(new H4("Most central: " + state.metric().label()));
        Span help = new Span(state.metric().explanation());
        help.addClassName("parley-secondary");
        box.add(help);
        OrderedList top = new OrderedList();
        network.ranking(state.metric()).stream().limit(TOP_ACTORS).forEach(id -> {
            Button b = new Button(d.actor(id).map(Actor::name).orElse(id.value()), click -> actions.selectActor(id));
            b.getElement().setAttribute("data-actor", id.value());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            top.add(new ListItem(b));
        });
        box.add(top);
        return box;
    }
}
