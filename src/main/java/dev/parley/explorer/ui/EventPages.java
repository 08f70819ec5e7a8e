package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Event cards a page at a time, with "Show 10 more of N" (at the end "Show the last N") below them. A busy pair shares hundreds of events (513 in the
 * benchmark's synthetic data), and every card is about twenty elements: all of them in the page made each later
 * frame of the explorer slower (style, layout and the hit test of the pointer), not only the click that built them.
 */
final class EventPages extends Div {
    /** Cards shown at first, and added by each "Show more". */
    static final int PAGE = 10;

    private final Div list = new Div();
    private final Button more = new Button("", click -> more());
    private final RowList<EventId, Event, EventCard> cards;
    private List<Event> events = List.of();
    private int shown = PAGE;

    EventPages(Consumer<ActorId> onActor, Consumer<EventId> onEvent, Supplier<Dataset> dataset) {
        cards = new RowList<>(
                list, Event::id, e -> new EventCard(onActor, onEvent), (card, e) -> card.show(e, dataset.get()));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClassName("parley-more-events");
        Shown.when(more, false);
        add(list, more);
    }

    /** Shows the first page of these events. */
    void show(List<Event> next) {
        shown = PAGE;
        refresh(next);
    }

    /** Shows these events as far as the pages already opened: the same list, from newer data or filters. */
    void refresh(List<Event> next) {
        events = next;
        int n = Math.min(shown, events.size());
        cards.show(events.subList(0, n));
        int rest = events.size() - n;
        Shown.when(more, rest > 0);
        more.setText(moreText(rest));
    }

    /** "Show 10 more of 45" while more than a page is left, then "Show the last 5" (or "Show the last one"). */
    static String moreText(int rest) {
        if (rest > PAGE) {
            return "Show " + PAGE + " more of " + rest;
        }
        return rest == 1 ? "Show the last one" : rest > 1 ? "Show the last " + rest : "";
    }

    /** Ids for the page and the tests: the list of cards and the button. */
    EventPages withIds(String listId, String moreId) {
        list.setId(listId);
        more.setId(moreId);
        return this;
    }

    private void more() {
        shown += PAGE;
        refresh(events);
    }
}
