package dev.parley.event.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.event.Event;
import dev.parley.event.EventCatalog;

/** Summary, location, score, verbatim quotes and source of one event. Every piece of data is set as text. */
public class EventDetails extends Div {
    public EventDetails(Event e, EventCatalog d) {
        addClassName("parley-event-details");
        e.summary().ifPresent(s -> add(new Paragraph(s)));
        e.location().ifPresent(l -> add(labelled("Location", l)));
        Div score = new Div(EventText.scoreOf(e));
        score.addClassName("parley-event-score");
        add(score);
        e.quotes().forEach(q -> add(QuoteView.of(q, d)));
        var source = d.sourceOf(e);
        Div src = new Div(
                new Span("Source: "),
                SourceLink.of(source),
                new Span(" (published " + source.published().display() + ")"));
        src.addClassName("parley-source");
        add(src);
    }

    private static Div labelled(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("parley-label");
        return new Div(l, new Span(value));
    }
}
