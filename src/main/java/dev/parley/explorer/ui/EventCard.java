package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.base.ui.Names;
import dev.parley.event.ui.SourceLink;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.Participant;
import dev.parley.event.ui.EventText;
import dev.parley.event.ui.QuoteView;
import java.util.function.Consumer;

/**
 * One event as evidence: date at its precision, type, summary, location, participants (each selects that
 * actor), every quote with its speaker, and the source article. All data is set as text.
 */
class EventCard extends Div {

    EventCard(Event e, Dataset d, Consumer<ActorId> onActor, Consumer<EventId> onEvent) {
        addClassName("parley-event-card");
        getElement().setAttribute("data-event", e.id().value());

        Span date = new Span(EventText.dateOf(e));
        date.addClassName("parley-event-date");
        Div top = new Div(date, EventText.typeBadge(e));
        top.addClassName("parley-event-top");
        Button title = Names.directionAuto(new Button(e.title(),
                click -> onEvent.accept(e.id())));
        title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        title.addClassName("parley-event-title");
        title.getElement().setAttribute("data-event", e.id().value());
        add(top, title);

        e.summary().ifPresent(s -> add(new Paragraph(s)));
        e.location().ifPresent(l -> add(new Div(new Span("Location: "), new Span(l))));
        Div who = new Div();
        who.addClassName("parley-participants");
        for (Participant p : e.participants()) {
            String name = d.actor(p.actor()).map(Actor::name).orElse(p.actor().value());
            Button b = Names.directionAuto(new Button(name,
                    click -> onActor.accept(p.actor())));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            b.getElement().setAttribute("title", p.role().key());
            b.addClassName("parley-participant");
            b.getElement().setAttribute("data-actor", p.actor().value());
            b.addClassName("parley-role-" + p.role().key());
            who.add(b);
        }
        add(who);
        e.quotes().forEach(q -> add(QuoteView.of(q, d)));
        var source = d.sourceOf(e);
        Div src = new Div(new Span("Source: "), SourceLink.of(source),
                new Span(", published " + source.published().display()));
        src.addClassName("parley-source");
        add(src);
    }

    /** A bigger heading version for the event detail panel. */
    static Div detail(Event e, Dataset d, Consumer<ActorId> onActor, Consumer<EventId> onEvent) {
        Div panel = new Div();
        panel.addClassName("parley-event-detail");
        H4 heading = Names.directionAuto(new H4(e.title()));
        heading.setId("event-detail-title");
        Span cls = new Span(e.type().eventClass().label() + " · " + e.type().key() + ": " + e.type().description());
        cls.addClassName("parley-secondary");
        panel.add(heading, cls, new EventCard(e, d, onActor, onEvent));
        return panel;
    }
}
