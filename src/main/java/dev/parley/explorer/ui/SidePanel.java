package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.parley.actor.ActorId;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.search.SearchService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The details side of the explorer: a search box, then what the state is about (the selected event, the selected
 * actor and its connections, a path question) or, with nothing selected, an overview of the most central actors
 * and how to read the charts.
 *
 * <p>Each panel is made once and shows new content in place. New data under the same state keeps the search text
 * and an open connection, and every button stays the same component, so a click on its way during a reload reaches
 * a live button. A new state starts afresh.
 */
class SidePanel extends Div implements ExplorerPart {
    static final int SEARCH_LIMIT = 8;

    private final SearchService search;
    private final TextField query = new TextField();
    private final Div content = new Div();
    private final Button sheetToggle = new Button();
    /**
     * Whether the panel is open as a sheet. Only a narrow screen shows the difference: there the stylesheet turns the
     * panel into a sheet over the charts, folded to its search box unless open. A selection, an open connection and a
     * search open it; its button closes it, leaving the selection as it is.
     */
    private boolean sheetOpen;

    private final Supplier<SearchResultsPanel> results;
    private final Supplier<ConnectionPanel> connectionPanel;
    private final Supplier<EventDetailPanel> eventPanel;
    private final Supplier<ActorPanel> actorPanel;
    private final Supplier<OverviewPanel> overview;
    private final Supplier<PathPanel> pathPanel;
    private ExplorerScene scene;
    private Optional<Connection> openConnection = Optional.empty();
    /** Set while a new state clears the search, which then draws the panel once, not twice. */
    private boolean clearing;

    SidePanel(SearchService search, Consumer<ExplorerIntent> intents) {
        this.search = search;
        results = once(() -> new SearchResultsPanel(intents));
        connectionPanel = once(() -> new ConnectionPanel(intents, () -> {
            openConnection = Optional.empty();
            render(false);
        }));
        eventPanel = once(() ->
                new EventDetailPanel(a -> intents.accept(new SelectActor(a)), e -> intents.accept(new SelectEvent(e))));
        actorPanel = once(() -> new ActorPanel(intents));
        overview = once(() -> new OverviewPanel(intents));
        pathPanel = once(() -> new PathPanel(intents));
        addClassName("parley-side");
        setId("side-panel");
        query.setPlaceholder("Search actors, events, quotes");
        query.setAriaLabel("Search actors, events and quotes");
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setId("search");
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> {
            if (!clearing) {
                openConnection = Optional.empty();
                if (!e.getValue().isBlank()) {
                    showSheet(true);
                }
                render(false);
            }
        });
        content.addClassName("parley-side-content");
        sheetToggle.setId("side-sheet-toggle");
        sheetToggle.addClassName("parley-sheet-toggle");
        sheetToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        sheetToggle.getElement().setAttribute("aria-controls", "side-panel");
        sheetToggle.addClickListener(click -> showSheet(!sheetOpen));
        Div header = new Div(query, sheetToggle);
        header.addClassName("parley-side-header");
        add(header, content);
        showSheet(false);
    }

    /** Opens the sheet again, for a selection made anew that changes nothing else (the same actor tapped again). */
    void reveal() {
        showSheet(true);
    }

    private void showSheet(boolean open) {
        sheetOpen = open;
        setClassName("parley-side-open", open);
        sheetToggle.setText(open ? "Close" : "Details");
        sheetToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    @Override
    public void show(ExplorerScene next, StateChange change) {
        scene = next;
        if (!change.data()
                && !change.window()
                && !change.eventFilter()
                && !change.lanes()
                && !change.metric()
                && !change.colouring()
                && !change.selection()) {
            // only the open pair, the link colours or the matrix size changed, none of which the side panel shows:
            // it stays as it is, with its search and open connection (opening a pair from a connection keeps it)
            return;
        }
        boolean sameState = !change.state();
        if (sameState) {
            ActorNetwork network = next.network();
            openConnection = openConnection.flatMap(c -> network.connection(c.a(), c.b(), c.kind()));
        } else {
            clearing = true;
            try {
                query.clear();
            } finally {
                clearing = false;
            }
            openConnection = Optional.empty();
        }
        if (change.selection()) {
            ExplorerState state = next.state();
            showSheet(state.actor().isPresent()
                    || state.event().isPresent()
                    || state.pathFrom().isPresent()
                    || state.pathTo().isPresent());
        }
        render(!sameState);
    }

    /** The events behind one connection, until the next selection or Back. */
    void openConnection(Connection c) {
        openConnection = Optional.of(c);
        showSheet(true);
        render(false);
    }

    private void render(boolean fresh) {
        if (scene == null) {
            return;
        }
        var d = scene.dataset();
        ActorNetwork network = scene.network();
        ExplorerState state = scene.state();
        String q = query.getValue();
        if (openConnection.isPresent()) {
            connectionPanel.get().show(openConnection.get(), d, network, state.actor());
            showOnly(connectionPanel.get());
        } else if (q != null && !q.isBlank()) {
            results.get().show(search.search(d, q, SEARCH_LIMIT));
            showOnly(results.get());
        } else if (state.event().flatMap(d::event).isPresent()) {
            eventPanel.get().show(state.event().flatMap(d::event).get(), d);
            showOnly(eventPanel.get());
        } else if (state.actor().flatMap(d::actor).isPresent()) {
            actorPanel.get().show(state.actor().flatMap(d::actor).get(), network, d, fresh);
            showOnly(actorPanel.get());
        } else if (state.pathFrom().isPresent() || state.pathTo().isPresent()) {
            pathPanel.get().show(d, network, state.pathFrom(), state.pathTo());
            showOnly(pathPanel.get());
        } else {
            overview.get().show(state.metric(), network, d);
            pathPanel.get().show(d, network, Optional.<ActorId>empty(), Optional.empty());
            showOnly(overview.get(), pathPanel.get());
        }
    }

    /** A panel made when first shown: a view shows one or two of them, and each costs its components. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        AtomicReference<T> made = new AtomicReference<>();
        return () -> {
            if (made.get() == null) {
                made.set(make.get());
            }
            return made.get();
        };
    }

    /** Puts these panels on screen, leaving them in place when they are there already. */
    private void showOnly(Component... panels) {
        if (!content.getChildren().toList().equals(List.of(panels))) {
            content.removeAll();
            content.add(panels);
        }
    }
}
