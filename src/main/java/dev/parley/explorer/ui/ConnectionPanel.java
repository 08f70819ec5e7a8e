package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The events behind one link of the network, newest first, opened by clicking the link, with the link's stance and the
 * way to the pair's relationship over time; Back returns.
 */
class ConnectionPanel extends Div {
    private final H3 title = new H3();
    private final Paragraph facts = new Paragraph();
    private final StanceBar stance = new StanceBar();
    private final Paragraph stanceText = new Paragraph();
    private final Button relationship;
    private final RowList<EventId, Event, EventCard> cards;
    private Dataset dataset;
    private ActorPair pair;

    ConnectionPanel(Consumer<ExplorerIntent> intents, Runnable back) {
        setId("connection-panel");
        Button backButton = new Button("Back", click -> back.run());
        backButton.getElement().setAttribute("data-action", "back");
        backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div events = new Div();
        Consumer<ActorId> onActor = a -> intents.accept(new SelectActor(a));
        Consumer<EventId> onEvent = e -> intents.accept(new SelectEvent(e));
        cards = new RowList<>(
                events, Event::id, e -> new EventCard(onActor, onEvent), (card, e) -> card.show(e, dataset));
        relationship = new Button("Relationship over time", click -> intents.accept(new OpenPair(pair)));
        relationship.setId("connection-relationship");
        relationship.getElement().setAttribute("data-action", "relationship");
        relationship.addThemeVariants(ButtonVariant.LUMO_SMALL);
        stanceText.addClassNames("parley-secondary", "parley-connection-stance");
        Div stanceRow = new Div(stance, stanceText);
        stanceRow.addClassName("parley-stance-row");
        add(backButton, title, facts, stanceRow, relationship, events);
    }

    /**
     * Shows a connection; its relationship opens with {@code selected} first when it is one of the two actors (the
     * link was clicked from that actor's view), else in the connection's order.
     */
    void show(Connection c, Dataset d, ActorNetwork network, Optional<ActorId> selected) {
        dataset = d;
        pair = selected.filter(c::involves)
                .map(s -> new ActorPair(s, c.other(s)))
                .orElseGet(() -> new ActorPair(c.a(), c.b()));
        boolean interaction = c.kind() == ConnectionKind.INTERACTION;
        stance.show(c.tone());
        stanceText.setText(interaction ? NetworkTexts.stance(c.tone()) : "");
        Shown.when(stanceText, interaction);
        Shown.when(relationship, interaction);
        String a = d.nameOf(c.a());
        String b = d.nameOf(c.b());
        title.setText(a + " — " + b);
        if (c.kind() == ConnectionKind.AFFILIATION) {
            facts.setText(a + ": " + c.roleTitle().orElse("role") + " (from the actors file)");
            cards.show(List.of());
        } else {
            String period = NetworkTexts.period(c);
            facts.setText(c.weight() + (c.weight() == 1 ? " shared event" : " shared events")
                    + (period.isEmpty() ? "" : ", " + period) + ", newest first.");
            cards.show(network.eventsOf(c));
        }
    }
}
