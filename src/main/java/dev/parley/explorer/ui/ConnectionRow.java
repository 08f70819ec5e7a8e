package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.ActorId;
import dev.parley.base.ui.Names;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.explorer.ui.ExplorerIntent.OpenPair;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.ui.NetworkTexts;
import dev.parley.relationship.ActorPair;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One connection of an actor as a native {@code <details>}: the other actor's name (which selects it), the facts
 * of the connection and its stance; opening it shows the way to the pair's relationship over time and the events that
 * make it. Unlike vaadin-details it sends nothing back when it
 * appears (one round trip less per click), and it is two elements instead of four. What an open row shows is built
 * when it is first opened: an actor's panel shows ten rows or more, most never opened, and every element costs bytes
 * on each click.
 *
 * <p>A row stands for one other actor and kind for as long as the actor panel shows it; {@link #show} updates it in
 * place, and an open row shows the events of the network shown now.
 */
class ConnectionRow extends NativeDetails {
    private final ActorId other;
    private final NativeButton name;
    private final Span facts = new Span();
    private final StanceBar stance = new StanceBar();
    private final Supplier<ActorNetwork> network;
    private final Consumer<ExplorerIntent> intents;
    private Connection connection;
    /** Built on the first opening. */
    private Opened opened;

    /** The inside of an open row: the way to the relationship, and the events. */
    private record Opened(NativeButton relationship, Div events, RowList<EventId, Event, EventCard> cards) {}

    ConnectionRow(ActorId other, Supplier<ActorNetwork> network, Consumer<ExplorerIntent> intents) {
        this.other = other;
        this.network = network;
        this.intents = intents;
        name = Names.directionAuto(new NativeButton("", click -> intents.accept(new SelectActor(other))));
        name.addClassNames("parley-connection-actor", "parley-link");
        name.getElement().setAttribute("data-actor", other.value());
        facts.addClassNames("parley-secondary", "parley-connection-facts");
        setSummary(name, stance, facts);
        getSummary().addClassName("parley-connection-summary");
        addClassName("parley-connection");
        getElement().setAttribute("data-actor", other.value());
        addToggleListener(open -> {
            if (open.isOpened()) {
                showEvents();
            }
        });
    }

    private Opened opened() {
        if (opened == null) {
            // the pair as the row stands now: the selected actor first, as the relationship view reads it
            NativeButton relationship = new NativeButton(
                    "Relationship over time",
                    click -> intents.accept(new OpenPair(new ActorPair(connection.other(other), other))));
            relationship.addClassName("parley-action");
            relationship.getElement().setAttribute("data-action", "relationship");
            relationship.getElement().setAttribute("data-actor", other.value());
            Div events = new Div();
            Div content = new Div(relationship, events);
            content.addClassName("parley-connection-events");
            setContent(content);
            Consumer<ActorId> onActor = a -> intents.accept(new SelectActor(a));
            Consumer<EventId> onEvent = e -> intents.accept(new SelectEvent(e));
            RowList<EventId, Event, EventCard> cards = new RowList<>(
                    events,
                    Event::id,
                    e -> new EventCard(onActor, onEvent),
                    (card, e) -> card.show(e, network.get().dataset()));
            opened = new Opened(relationship, events, cards);
        }
        return opened;
    }

    /**
     * Shows the connection as it is now. {@code fresh} means a new selection rather than new data under the same
     * one: the row then closes, as a newly drawn row would be.
     */
    void show(Connection c, String otherName, boolean fresh) {
        connection = c;
        name.setText(otherName);
        String period = NetworkTexts.period(c);
        facts.setText(
                c.kind() == ConnectionKind.AFFILIATION
                        ? c.roleTitle().orElse("role")
                        : c.weight()
                                + (c.weight() == 1 ? " event" : " events")
                                + (period.isEmpty() ? "" : ", " + period));
        stance.show(c.tone());
        if (fresh && isOpen()) {
            setOpen(false);
        }
        if (isOpen()) {
            showEvents();
        } else if (opened != null) {
            // loaded again when opened, from the data of that moment
            opened.cards().show(List.of());
            opened.events()
                    .getChildren()
                    .filter(Paragraph.class::isInstance)
                    .toList()
                    .forEach(opened.events()::remove);
        }
    }

    ActorId other() {
        return other;
    }

    private void showEvents() {
        Opened inside = opened();
        // a role has no events to follow over time
        Shown.when(inside.relationship(), connection.kind() == ConnectionKind.INTERACTION);
        Div events = inside.events();
        ActorNetwork now = network.get();
        ActorId self = connection.other(other);
        List<Event> shown = now.connection(self, other, connection.kind())
                .map(now::eventsOf)
                .orElse(List.of());
        inside.cards().show(shown);
        if (connection.kind() == ConnectionKind.AFFILIATION
                && events.getChildren().noneMatch(Paragraph.class::isInstance)) {
            events.add(new Paragraph("A role from the actors file, not an event."));
        }
    }
}
