package dev.parley.dataset;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventCatalog;
import dev.parley.event.EventId;
import java.util.Comparator;
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

    public Dataset(List<Actor> actors, List<Article> articles, List<Event> events) {
        this.actors = List.copyOf(actors);
        this.articles = List.copyOf(articles);
        this.events = events.stream()
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
        this.actorsById = index(this.actors, Actor::id);
        this.articlesById = index(this.articles, Article::id);
        this.eventsById = index(this.events, Event::id);
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
