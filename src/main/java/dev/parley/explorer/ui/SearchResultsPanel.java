package dev.parley.explorer.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.search.SearchResults;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Search results grouped as actors, events and quotes; each result selects what it names. Made once; a result
 * keeps its row while it stays among the results.
 */
class SearchResultsPanel extends Div {
    private final Paragraph nothing = new Paragraph("Nothing found.");
    private final Group<Actor> actors;
    private final Group<Event> events;
    private final Group<SearchResults.QuoteHit> quotes;

    SearchResultsPanel(Consumer<ExplorerIntent> intents) {
        setId("search-results");
        addClassName("parley-search-results");
        actors = new Group<>(
                "Actors",
                a -> a.id().value(),
                a -> {
                    Button b = result(click -> intents.accept(new SelectActor(a.id())));
                    b.addClassName("parley-result-actor");
                    b.getElement().setAttribute("data-actor", a.id().value());
                    Span kind = new Span();
                    kind.addClassName("parley-secondary");
                    return new Div(b, kind);
                },
                (row, a) -> {
                    button(row).setText(a.name());
                    ((Span) row.getComponentAt(1)).setText(" " + a.kind().label());
                });
        events = new Group<>(
                "Events",
                e -> e.id().value(),
                e -> eventLine(e, intents),
                (row, e) -> showEventLine(row, e, e.title()));
        quotes = new Group<>(
                "Quotes",
                h -> h.event().id().value() + " " + h.quote().text(),
                h -> eventLine(h.event(), intents),
                (row, h) -> showEventLine(row, h.event(), "“" + h.quote().text() + "”"));
        add(nothing, actors.heading, actors.list, events.heading, events.list, quotes.heading, quotes.list);
    }

    void show(SearchResults results) {
        Shown.when(nothing, results.isEmpty());
        actors.show(results.actors());
        events.show(results.events());
        quotes.show(results.quotes());
    }

    /** A heading and the rows under it; both hidden when there is nothing to list. */
    private static final class Group<T> {
        private final H4 heading;
        private final Div list = new Div();
        private final RowList<String, T, Div> rows;

        private Group(String title, Function<T, String> key, Function<T, Div> create, BiConsumer<Div, T> update) {
            heading = new H4(title);
            rows = new RowList<>(list, key, create, update);
        }

        void show(List<T> items) {
            Shown.when(heading, !items.isEmpty());
            Shown.when(list, !items.isEmpty());
            rows.show(items);
        }
    }

    private static Button result(ComponentEventListener<ClickEvent<Button>> onClick) {
        Button b = Names.directionAuto(new Button("", onClick));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return b;
    }

    private static Button button(Div row) {
        return (Button)
                row.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
    }

    private static Div eventLine(Event e, Consumer<ExplorerIntent> intents) {
        Button b = result(click -> intents.accept(new SelectEvent(e.id())));
        b.addClassName("parley-result-event");
        b.getElement().setAttribute("data-event", e.id().value());
        Span date = new Span();
        date.addClassName("parley-secondary");
        Div line = new Div(date, b);
        line.addClassName("parley-result");
        return line;
    }

    private static void showEventLine(Div line, Event e, String text) {
        ((Span) line.getComponentAt(0)).setText(EventText.dateOf(e) + " ");
        button(line).setText(text);
    }
}
