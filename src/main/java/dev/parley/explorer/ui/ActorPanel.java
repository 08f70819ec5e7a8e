package dev.parley.explorer.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.Role;
import dev.parley.base.ui.Names;
import dev.parley.dataset.Dataset;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Metric;
import dev.parley.network.ui.NetworkOptions;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Who an actor is and whom it is connected to: name, kind, aliases, roles over time, its metrics with their
 * ranks, and its connections strongest first. Each connection opens to the events that make it, with their
 * quotes and sources; the other actor's name selects that actor.
 *
 * <p>Every button and connection names the actor it acts on ({@code data-actor}), and a connection opened later
 * reads its events from the network shown at that moment: so after a reload the side panel can keep this panel's
 * unchanged parts (see {@link KeepUnchanged}) without them acting on old data.
 */
class ActorPanel extends Div {
    /**
     * Connections shown first: the strongest, the ones that matter most. Each row is a few elements that the server
     * sends on every click, so the first page is short (a click stays under 50 KB); each "more" adds a longer page.
     */
    static final int FIRST_PAGE = 10;
    static final int NEXT_PAGE = 25;

    ActorPanel(Actor actor, ActorNetwork network, Dataset d, ExplorerActions actions,
               Supplier<ActorNetwork> current) {
        addClassName("parley-actor-panel");
        setId("actor-panel");
        getElement().setAttribute("data-actor", actor.id().value());
        H3 name = Names.directionAuto(new H3(actor.name()));
        name.setId("actor-name");
        Span kind = new Span(NetworkOptions.kindLabel(actor.kind()));
        kind.getElement().setAttribute("theme", "badge contrast");
        add(name, kind);
        if (!actor.aliases().isEmpty()) {
            add(new Paragraph("Also: " + String.join(", ", actor.aliases())));
        }
        actor.description().ifPresent(text -> add(new Paragraph(text)));
        if (!actor.roles().isEmpty()) {
            add(new H4("Roles"));
            UnorderedList roles = new UnorderedList();
            actor.roles().forEach(r -> roles.add(role(r, d, actions::selectActor)));
            add(roles);
        }
        // native buttons throughout the panel: it is rebuilt on every click, and a Lumo button is a web component
        // whose creation costs the browser several times a plain element's
        NativeButton pin = action("Pin to timeline lanes", click -> actions.pinLane(actor.id()));
        pin.getElement().setAttribute("data-action", "pin").setAttribute("data-actor", actor.id().value());
        NativeButton pathFrom = action("Find connection to…", click -> actions.startPath(actor.id()));
        pathFrom.getElement().setAttribute("data-action", "path-from").setAttribute("data-actor", actor.id().value());
        add(new Div(pin, pathFrom));

        if (!network.actors().contains(actor.id())) {
            Paragraph none = new Paragraph("Takes part in no event in the current time window and filters.");
            none.setId("actor-not-in-window");
            add(none);
            return;
        }
        add(metrics(actor.id(), network));
        List<Connection> connections = network.connectionsOf(actor.id());
        H4 heading = new H4("Connections (" + connections.size() + ")");
        heading.setId("connections-heading");
        add(heading);
        Div list = new Div();
        list.setId("connections");
        showConnections(list, actor.id(), connections, 0, d, actions, current);
        add(list);
    }

    /**
     * Adds the next page of connections from {@code from} on, then a button for the following ones:
     * a hub of a large network has a thousand connections, and building them all would send megabytes to the
     * browser for one click (see docs/performance.md).
     */
    private static void showConnections(Div list, ActorId self, List<Connection> connections, int from, Dataset d,
                                        ExplorerActions actions, Supplier<ActorNetwork> current) {
        int to = Math.min(connections.size(), from + (from == 0 ? FIRST_PAGE : NEXT_PAGE));
        for (Connection c : connections.subList(from, to)) {
            list.add(connection(self, c, d, actions, current));
        }
        if (to < connections.size()) {
            NativeButton more = action("Show " + Math.min(NEXT_PAGE, connections.size() - to) + " more of "
                    + (connections.size() - to), null);
            more.setId("more-connections");
            more.getElement().setAttribute("data-action", "more").setAttribute("data-actor", self.value());
            // the list and the data as they are at the click: the panel may have been kept through a reload
            more.addClickListener(click -> more.getParent().ifPresent(parent -> {
                Div shown = (Div) parent;
                shown.remove(more);
                ActorNetwork now = current.get();
                showConnections(shown, self, now.connectionsOf(self), (int) shown.getChildren().count(),
                        now.dataset(), actions, current);
            }));
            list.add(more);
        }
    }

    /** A small secondary action, as a native button (see the constructor). */
    private static NativeButton action(String text,
                                       ComponentEventListener<ClickEvent<NativeButton>> onClick) {
        NativeButton b = onClick == null ? new NativeButton(text) : new NativeButton(text, onClick);
        b.addClassName("parley-action");
        return b;
    }

    private static ListItem role(Role r, Dataset d, Consumer<ActorId> onActor) {
        ListItem item = new ListItem();
        item.add(new Span(r.title()));
        r.of().ifPresent(of -> {
            item.add(new Span(", "));
            NativeButton b = Names.directionAuto(new NativeButton(d.actor(of).map(Actor::name).orElse(of.value()),
                    click -> onActor.accept(of)));
            b.getElement().setAttribute("data-actor", of.value());
            b.addClassName("parley-link");
            item.add(b);
        });
        String from = r.from().map(f -> f.display()).orElse("");
        String to = r.to().map(t -> t.display()).orElse("");
        if (!from.isEmpty() || !to.isEmpty()) {
            Span period = new Span(" (" + (from.isEmpty() ? "?" : from) + " – " + to + ")");
            period.addClassName("parley-secondary");
            item.add(period);
        }
        return item;
    }

    private static Div metrics(ActorId a, ActorNetwork network) {
        Div box = new Div();
        box.addClassName("parley-metrics");
        box.setId("actor-metrics");
        int n = network.actors().size();
        for (Metric m : Metric.values()) {
            Span label = new Span(m.label());
            label.addClassName("parley-metric-label");
            boolean estimated = network.isEstimated(m);
            Span value = new Span((estimated ? "≈ " : "") + NetworkOptions.format(network.metric(m, a)) + "  ·  rank "
                    + network.rank(m, a) + " of " + n);
            Div row = new Div(label, value);
            row.addClassName("parley-metric");
            row.getElement().setAttribute("title", m.explanation() + (estimated
                    ? " Estimated: in a network this large it is computed from a fixed sample of actors." : ""));
            box.add(row);
        }
        return box;
    }

    /**
     * A connection as a native {@code <details>}: opening it loads the events that make the connection. Unlike
     * vaadin-details, it sends nothing back when it appears (vaadin-details reports its initial state, one more
     * round trip per click), and it is two elements instead of four.
     */
    private static NativeDetails connection(ActorId self, Connection c, Dataset d, ExplorerActions actions,
                                            Supplier<ActorNetwork> current) {
        ActorId other = c.a().equals(self) ? c.b() : c.a();
        String otherName = d.actor(other).map(Actor::name).orElse(other.value());
        NativeButton name = Names.directionAuto(new NativeButton(otherName, click -> actions.selectActor(other)));
        name.addClassNames("parley-connection-actor", "parley-link");
        name.getElement().setAttribute("data-actor", other.value());
        String period = NetworkOptions.period(c);
        Span facts = new Span(c.kind() == ConnectionKind.AFFILIATION
                ? c.roleTitle().orElse("role")
                : c.weight() + (c.weight() == 1 ? " event" : " events") + (period.isEmpty() ? "" : ", " + period));
        facts.addClassNames("parley-secondary", "parley-connection-facts");
        NativeDetails details = new NativeDetails();
        details.setSummary(name, facts);
        details.getSummary().addClassName("parley-connection-summary");
        details.addClassName("parley-connection");
        details.getElement().setAttribute("data-actor", other.value());
        Div events = new Div();
        events.addClassName("parley-connection-events");
        details.setContent(events);
        details.addToggleListener(open -> {
            if (open.isOpened() && events.getComponentCount() == 0) {
                ActorNetwork now = current.get();
                now.connectionsOf(self).stream().filter(x -> x.other(self).equals(other) && x.kind() == c.kind())
                        .findFirst().ifPresent(x -> now.eventsOf(x).forEach(e -> events.add(
                                new EventCard(e, now.dataset(), actions::selectActor, actions::selectEvent))));
                if (c.kind() == ConnectionKind.AFFILIATION) {
                    events.add(new Paragraph("A role from the actors file, not an event."));
                }
            }
        });
        return details;
    }
}
