package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.ActorId;
import dev.parley.base.ui.Names;
import dev.parley.event.Event;
import dev.parley.event.EventCatalog;
import dev.parley.event.EventId;
import java.util.function.Consumer;

/** The selected event: its title as a heading, its class and type explained, and its card. */
class EventDetailPanel extends Div {
    private final H4 heading = Names.directionAuto(new H4());
    private final Span type = new Span();
    private final EventCard card;

    EventDetailPanel(Consumer<ActorId> onActor, Consumer<EventId> onEvent) {
        addClassName("parley-event-detail");
        heading.setId("event-detail-title");
        type.addClassName("parley-secondary");
        card = new EventCard(onActor, onEvent);
        add(heading, type, card);
    }

    void show(Event e, EventCatalog d) {
        heading.setText(e.title());
        type.setText(e.type().eventClass().label() + " · " + e.type().key() + ": "
                + e.type().description());
        card.show(e, d);
    }
}
