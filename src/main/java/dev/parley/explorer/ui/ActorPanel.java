package dev.parley.explorer.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.Role;
import dev.parley.base.ui.Names;
import dev.parley.dataset.Dataset;
import dev.parley.explorer.ui.ExplorerIntent.PinLane;
import dev.parley.explorer.ui.ExplorerIntent.StartPath;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.Metric;
import dev.parley.network.ui.NetworkTexts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Who an actor is and whom it is connected to: name, kind, aliases, roles over time, its metrics with their ranks,
 * and its connections, strongest first or by stance (most cooperative or most conflictual first). Each connection
 * opens to the events that make it, with their quotes and sources; the other actor's name selects that actor.
 *
 * <p>The panel is made once and shows each actor in place: texts change, a connection to the same actor keeps its
 * row. Buttons act on what they show now, so a click on its way during a data reload reaches a live button that
 * does what it says. Native buttons throughout: a Lumo button is a web component whose creation costs the browser
 * several times a plain element's, and connection rows are many.
 */
class ActorPanel extends Div {
    /**
     * Connections shown first: the strongest, the ones that matter most. Each row is a few elements that the server
     * sends on every click, so the first page is short (a click stays under 50 KB); each "more" adds a longer page.
     */
    static final int FIRST_PAGE = 10;

    static final int NEXT_PAGE = 25;

    private final H3 name = Names.directionAuto(new H3());
    private final Span kind = new Span();
    private final Paragraph aliases = new Paragraph();
    private final Paragraph description = new Paragraph();
    private final H4 rolesHeading = new H4("Roles");
    private final UnorderedList roleList = new UnorderedList();
    private final RowList<Integer, Integer, RoleRow> roles;
    private final Paragraph notInWindow =
            new Paragraph("Takes part in no event in the current time window and filters.");
    private final Div metrics = new Div();
    private final Map<Metric, Span> metricValues = new EnumMap<>(Metric.class);
    private final H4 connectionsHeading = new H4();
    private final Select<ConnectionOrder> order = new Select<>();
    private final Div connectionsHeader = new Div(connectionsHeading, order);
    private final Div connectionList = new Div();
    private final RowList<String, Connection, ConnectionRow> connections;
    private final NativeButton pin;
    private final NativeButton pathFrom;
    private final Anchor print = PrintLink.create("Print dossier", "actor-print");
    private final NativeButton more = action("", null);
    private final Div inWindow = new Div(metrics, connectionsHeader, connectionList, more);
    private ActorId actor;
    private ActorNetwork network;
    private Dataset dataset;
    private List<Role> shownRoles = List.of();
    private int shownConnections = FIRST_PAGE;
    /** Kept from one actor to the next: a reader comparing actors' foes wants each listed the same way. */
    private ConnectionOrder shownOrder = ConnectionOrder.STRENGTH;

    private boolean fresh;

    ActorPanel(Consumer<ExplorerIntent> intents) {
        addClassName("parley-actor-panel");
        setId("actor-panel");
        name.setId("actor-name");
        kind.getElement().setAttribute("theme", "badge contrast");
        roles = new RowList<>(
                roleList, i -> i, i -> new RoleRow(intents), (row, i) -> row.show(shownRoles.get(i), dataset));
        pin = action("Pin to timeline lanes", click -> intents.accept(new PinLane(actor)));
        pin.getElement().setAttribute("data-action", "pin");
        pathFrom = action("Find connection to…", click -> intents.accept(new StartPath(actor)));
        pathFrom.getElement().setAttribute("data-action", "path-from");
        notInWindow.setId("actor-not-in-window");
        metrics.addClassName("parley-metrics");
        metrics.setId("actor-metrics");
        for (Metric m : Metric.values()) {
            Span label = new Span(m.label());
            label.addClassName("parley-metric-label");
            Span value = new Span();
            Div row = new Div(label, value);
            row.addClassName("parley-metric");
            metrics.add(row);
            metricValues.put(m, value);
        }
        connectionsHeading.setId("connections-heading");
        connectionsHeader.addClassName("parley-connections-header");
        order.setId("connection-order");
        order.setAriaLabel("Order of the connections");
        order.setItems(ConnectionOrder.values());
        order.setItemLabelGenerator(ConnectionOrder::label);
        order.setValue(shownOrder);
        order.addThemeVariants(SelectVariant.LUMO_SMALL);
        order.addValueChangeListener(e -> {
            // only the reader sets the order: show() leaves it as it is
            if (e.getValue() != null && network != null) {
                shownOrder = e.getValue();
                showConnections();
            }
        });
        connectionList.setId("connections");
        connections = new RowList<>(
                connectionList,
                c -> c.other(actor).value() + " " + c.kind(),
                c -> new ConnectionRow(c.other(actor), () -> network, intents),
                (row, c) -> row.show(c, dataset.nameOf(row.other()), fresh));
        more.setId("more-connections");
        more.getElement().setAttribute("data-action", "more");
        // the list as it is at the click: the panel may have been shown new data since it was drawn
        more.addClickListener(click -> {
            shownConnections += NEXT_PAGE;
            showConnections();
        });
        Div actions = new Div(pin, pathFrom, print);
        add(name, kind, aliases, description, rolesHeading, roleList, actions, notInWindow, inWindow);
    }

    /** Shows an actor; {@code fresh} for a new selection, false for new data under the same one. */
    void show(Actor a, ActorNetwork net, Dataset d, boolean fresh) {
        this.fresh = fresh || !a.id().equals(actor);
        if (this.fresh) {
            shownConnections = FIRST_PAGE;
        }
        actor = a.id();
        network = net;
        dataset = d;
        getElement().setAttribute("data-actor", actor.value());
        pin.getElement().setAttribute("data-actor", actor.value());
        pathFrom.getElement().setAttribute("data-actor", actor.value());
        more.getElement().setAttribute("data-actor", actor.value());
        PrintLink.pointAtDossier(print, actor, net.filter());
        name.setText(a.name());
        kind.setText(a.kind().label());
        aliases.setText("Also: " + String.join(", ", a.aliases()));
        Shown.when(aliases, !a.aliases().isEmpty());
        description.setText(a.description().orElse(""));
        Shown.when(description, a.description().isPresent());
        shownRoles = a.roles();
        Shown.when(rolesHeading, !shownRoles.isEmpty());
        Shown.when(roleList, !shownRoles.isEmpty());
        roles.show(IntStream.range(0, shownRoles.size()).boxed().toList());
        boolean present = network.actors().contains(actor);
        Shown.when(notInWindow, !present);
        Shown.when(inWindow, present);
        if (present) {
            showMetrics();
            showConnections();
        } else {
            connections.show(List.of());
        }
        // rows drawn later (a "more" click) keep what the user opened
        this.fresh = false;
    }

    private void showMetrics() {
        int n = network.actors().size();
        metricValues.forEach((m, value) -> {
            boolean estimated = network.isEstimated(m);
            value.setText((estimated ? "≈ " : "") + NetworkTexts.metricValue(network.metric(m, actor)) + "  ·  rank "
                    + network.rank(m, actor) + " of " + n);
            value.getParent()
                    .orElseThrow()
                    .getElement()
                    .setAttribute(
                            "title",
                            m.explanation()
                                    + (estimated
                                            ? " Estimated: in a network this large it is computed from a fixed sample of actors."
                                            : ""));
        });
    }

    /**
     * Shows the first connections in the chosen order (strongest first unless the reader asks for the most cooperative
     * or the most conflictual), then a button for the following ones: a hub of a large network has a thousand
     * connections, and drawing them all would send megabytes to the browser for one click (see docs/performance.md).
     */
    private void showConnections() {
        List<Connection> all = shownOrder.sort(network.connectionsOf(actor));
        connectionsHeading.setText("Connections (" + all.size() + ")");
        int shown = Math.min(all.size(), shownConnections);
        connections.show(all.subList(0, shown));
        int rest = all.size() - shown;
        Shown.when(more, rest > 0);
        more.setText("Show " + Math.min(NEXT_PAGE, rest) + " more of " + rest);
    }

    /** A small secondary action, as a native button (see the class comment). */
    private static NativeButton action(String text, ComponentEventListener<ClickEvent<NativeButton>> onClick) {
        NativeButton b = onClick == null ? new NativeButton(text) : new NativeButton(text, onClick);
        b.addClassName("parley-action");
        return b;
    }
}
