package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.base.ui.Names;
import dev.parley.event.Event;
import dev.parley.event.ui.EventText;
import dev.parley.network.ui.NetworkOptions;
import dev.parley.search.SearchResults;

/** Search results grouped as actors, events and quotes; each result selects what it names. */
class SearchResultsPanel extends Div {

    SearchResultsPanel(SearchResults results, ExplorerActions actions) {
        setId("search-results");
        addClassName("parley-search-results");
        if (results.isEmpty()) {
            add(new Paragraph("Nothing found."));
            return;
        }
        if (!results.actors().isEmpty()) {
            add(new H4("Actors"));
            for (Actor a : results.actors()) {
                Button b = Names.directionAuto(new Button(a.name(),
                        click -> actions.selectActor(a.id())));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                b.addClassName("parley-result-actor");
                b.getElement().setAttribute("data-actor", a.id().value());
                Span kind = new Span(" " + NetworkOptions.kindLabel(a.kind()));
                kind.addClassName("parley-secondary");
                add(new Div(b, kind));
            }
        }
        if (!results.events().isEmpty()) {
            add(new H4("Events"));
            results.events().forEach(e -> add(eventLine(e, e.title(), actions)));
        }
        if (!results.quotes().isEmpty()) {
            add(new H4("Quotes"));
            results.quotes().forEach(h -> add(eventLine(h.event(), "“" + h.quote().text() + "”", actions)));
        }
    }

    private static Div eventLine(Event e, String text, ExplorerActions actions) {
        Button b = Names.directionAuto(new Button(text, click -> actions.selectEvent(e.id())));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.addClassName("parley-result-event");
        b.getElement().setAttribute("data-event", e.id().value());
        Span date = new Span(EventText.dateOf(e) + " ");
        date.addClassName("parley-secondary");
        Div line = new Div(date, b);
        line.addClassName("parley-result");
        return line;
    }
}
