package dev.parley.dataset;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventCatalog;
import dev.parley.event.EventId;
import dev.parley.event.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from one data directory, immutable. Events are sorted by date (then id) so views can
 * show them in time order without sorting again. Only the loader creates datasets from files; every
 * reference inside a dataset resolves.
 */
public final class Dataset implements EventCatalog {
    private static final Dataset EMPTY = new Dataset(List.of(), List.of(), List.of());

    private final List<Actor> actors;
    private final List<Article> articles;
    private final List<Event> events;
    private final Map<ActorId, Actor> actorsById;
    private final Map<ArticleId, Article> articlesById;
    private final Map<EventId, Event> eventsById;
    private final Map<ActorId, List<Event>> eventsByActor;

    public Dataset(List<Actor> actors, List<Article> articles, List<Event> events) {
        this.actors = List.copyOf(actors);
        this.articles = List.copyOf(articles);
        this.events = events.stream()
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
        this.actorsById = index(this.actors, Actor::id);
        this.articlesById = index(this.articles, Article::id);
        this.eventsById = index(this.events, Event::id);
        this.eventsByActor = byActor(this.events);
    }

    private static Map<ActorId, List<Event>> byActor(List<Event> events) {
        Map<ActorId, List<Event>> byActor = new HashMap<>();
        for (Event e : events) {
            for (Participant p : e.participants()) {
                List<Event> of = byActor.computeIfAbsent(p.actor(), a -> new ArrayList<>());
                if (of.isEmpty() || of.getLast() != e) { // an actor in two roles of one event
                    of.add(e);
                }
            }
        }
        byActor.replaceAll((actor, list) -> List.copyOf(list));
        return byActor;
    }

    public static Dataset empty() {
        return EMPTY;
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream()
                .collect(Collectors.toMap(
                        key,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalArgumentException("duplicate id " + key.apply(a));
                        },
                        LinkedHashMap::new));
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Article> articles() {
        return articles;
    }

    /** All events, earliest first. */
    @Override
    public List<Event> events() {
        return events;
    }

    @Override
    public Optional<Actor> actor(ActorId id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    /**
     * The events an actor takes part in, earliest first, as {@link #events()} orders them. Kept from loading: an
     * actor click asked every one of 10,000 events whether it involved the actor, about 17 ms of the click on a
     * slow machine, most of it waiting for memory (issue 12).
     */
    public List<Event> eventsOf(ActorId actor) {
        return eventsByActor.getOrDefault(actor, List.of());
    }

    public Optional<Article> article(ArticleId id) {
        return Optional.ofNullable(articlesById.get(id));
    }

    public Optional<Event> event(EventId id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    /** The article an event cites; always present in a loaded dataset. */
    @Override
    public Article sourceOf(Event event) {
        return articlesById.get(event.article());
    }

    public boolean isEmpty() {
        return events.isEmpty() && actors.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d
                && actors.equals(d.actors)
                && articles.equals(d.articles)
                && events.equals(d.events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }
}
