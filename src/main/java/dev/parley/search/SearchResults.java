package dev.parley.search;

import dev.parley.actor.Actor;
import dev.parley.event.Event;
import dev.parley.event.Quote;
import java.util.List;

/** What one search found, grouped: actors by name or alias, events by title or summary, and quotes. */
public record SearchResults(List<Actor> actors, List<Event> events, List<QuoteHit> quotes) {
    public SearchResults {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    public static SearchResults none() {
        return new SearchResults(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return actors.isEmpty() && events.isEmpty() && quotes.isEmpty();
    }

    /** A quote and the event it belongs to. */
    public record QuoteHit(Event event, Quote quote) {}
}
