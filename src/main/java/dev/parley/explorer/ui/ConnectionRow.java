package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.ActorId;
import dev.parley.base.ui.Names;
import dev.parley.event.Event;
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
 * One connection of an actor: the other actor's name (which selects it) and the connection's stance, then a native
 * {@code <details>} whose summary gives the facts of the connection; opening it shows the way to the pair's
 * relationship over time and the events that make it. The name is a button beside the summary, not inside it: a
 * summary is itself a control (it toggles), and a control inside another is one that assistive technologies may not
 * announce or reach (axe-core's nested-interactive rule). Unlike vaadin-details the native one sends nothing back when
 * it appears (one round trip less per click), and it is two elements instead of four. What an open row shows is built
 * when it is first opened: an actor's panel shows ten rows or more, most never opened, and every element costs bytes
 * on each click.
 *
 * The events come ten at a time ({@link EventPages}).
 *
 * <p>A row stands for one other actor and kind for as long as the actor panel shows it; {@link #show} updates it in
 * place, and an open row shows the events of the network shown now.
 */
class ConnectionRow extends Div {
    private final ActorId other;
    private final NativeButton name;
    private final NativeDetails details = new NativeDetails();
    private final Span facts = new Span();
    private final StanceBar stance = new StanceBar();
    private final Supplier<ActorNetwork> network;
    private final Consumer<ExplorerIntent> intents;
    private Connection connection;
    /** Built on the first opening. */
    private Opened opened;

    /** The inside of an open row: the way to the relationship, what a role is, and the events a page at a time. */
    private record Opened(NativeButton relationship, Paragraph role, EventPages events) {}

    ConnectionRow(ActorId other, Supplier<ActorNetwork> network, Consumer<ExplorerIntent> intents) {
        this.other = other;
        this.network = network;
        this.intents = intents;
        name = Names.directionAuto(new NativeButton("", click -> intents.accept(new SelectActor(other))));
        name.addClassNames("parley-connection-actor", "parley-link");
        name.getElement().setAttribute("data-actor", other.value());
        facts.addClassNames("parley-secondary", "parley-connection-facts");
        details.setSummary(facts);
        details.getSummary().addClassName("parley-connection-summary");
        details.addClassName("parley-connection-details");
        details.getElement().setAttribute("data-actor", other.value());
        add(name, stance, details);
        addClassName("parley-connection");
        getElement().setAttribute("data-actor", other.value());
        details.addToggleListener(open -> {
            if (open.isOpened()) {
                showEvents(true);
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
            Paragraph role = new Paragraph("A role from the actors file, not an event.");
            EventPages events = new EventPages(
                    a -> intents.accept(new SelectActor(a)),
                    e -> intents.accept(new SelectEvent(e)),
                    () -> network.get().dataset());
            Div content = new Div(relationship, role, events);
            content.addClassName("parley-connection-events");
            details.setContent(content);
            opened = new Opened(relationship, role, events);
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
        if (fresh && details.isOpen()) {
            details.setOpen(false);
        }
        if (details.isOpen()) {
            showEvents(false);
        } else if (opened != null) {
            // loaded again when opened, from the data of that moment
            opened.events().show(List.of());
        }
    }

    ActorId other() {
        return other;
    }

    /** The part that opens: its summary gives the facts, its content the events. */
    NativeDetails details() {
        return details;
    }

    /** {@code first}: the row has just been opened, so it starts at the first page. */
    private void showEvents(boolean first) {
        Opened inside = opened();
        // a role has no events to follow over time
        boolean interaction = connection.kind() == ConnectionKind.INTERACTION;
        Shown.when(inside.relationship(), interaction);
        Shown.when(inside.role(), !interaction);
        ActorNetwork now = network.get();
        ActorId self = connection.other(other);
        List<Event> shown = now.connection(self, other, connection.kind())
                .map(now::eventsOf)
                .orElse(List.of());
        if (first) {
            inside.events().show(shown);
        } else {
            inside.events().refresh(shown);
        }
    }
}
