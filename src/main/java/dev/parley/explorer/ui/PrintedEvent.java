package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.base.ui.Names;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.ui.EventDetails;
import dev.parley.event.ui.EventText;

/**
 * One event on a printed page: the texts of the explorer's event card (date, type, title, participants, then the
 * summary, score, quotes and source of {@link EventDetails}), without its buttons, which paper cannot press.
 */
final class PrintedEvent {
    private PrintedEvent() {}

    static Div of(Event e, Dataset d) {
        Span date = new Span(EventText.dateOf(e));
        date.addClassName("parley-event-date");
        Div top = new Div(date, EventText.typeBadge(e));
        top.addClassName("parley-event-top");
        H3 title = Names.directionAuto(new H3(e.title()));
        title.addClassName("parley-event-title");
        Paragraph who = new Paragraph(EventText.participantsOf(e, d));
        who.addClassName("parley-print-participants");
        Div card = new Div(top, title, who, new EventDetails(e, d));
        card.addClassName("parley-print-event");
        card.getElement().setAttribute("data-event", e.id().value());
        return card;
    }
}
