package dev.parley.event.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.event.EventCatalog;
import dev.parley.event.Quote;

/** A verbatim quote in quotation marks, with its speaker's name; both set as text. */
public final class QuoteView {
    private QuoteView() {}

    public static Div of(Quote q, EventCatalog d) {
        Div quote = new Div(new Span("“" + q.text() + "”"));
        quote.addClassName("parley-quote");
        q.speaker().ifPresent(s -> {
            Span who = new Span(" — " + d.actor(s).map(Actor::name).orElse(s.value()));
            who.addClassName("parley-quote-speaker");
            quote.add(who);
        });
        return quote;
    }
}
