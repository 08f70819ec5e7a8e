package dev.parley.publish;

import dev.parley.actor.ActorId;
import dev.parley.base.Ids;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.BinKey;
import dev.parley.chart.ChartKey.CellKey;
import dev.parley.chart.ChartKey.ConnectionKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ShownChart;
import dev.parley.dataset.Dataset;
import dev.parley.event.Article;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence behind the items of a shown chart: every item id in its option and patches that names something
 * (see {@link ChartKeyCodec}) gets the events of {@code shown} that it stands for, as the explorer would list them
 * on a click. Ids that name nothing (series ids, plain labels) are left out, and so are events no item shows.
 */
public final class ChartEvidence {
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private ChartEvidence() {}

    /**
     * @param chart the chart as shown
     * @param shown the events the view shows (the window's for a network, the timeline's for a timeline), which
     *     bound what any item may list
     * @param dataset the data the view was drawn from, for names and sources
     */
    public static Evidence of(ShownChart chart, List<Event> shown, Dataset dataset) {
        return of(chart, shown, dataset, Optional.empty());
    }

    /**
     * Like {@link #of(ShownChart, List, Dataset)}, with the evidence of {@code first} (what the view has selected,
     * drawn in the chart or not) shown when the file opens.
     */
    public static Evidence of(ShownChart chart, List<Event> shown, Dataset dataset, Optional<ChartKey> first) {
        Set<String> ids = new LinkedHashSet<>();
        first.map(ChartKeyCodec::encode).ifPresent(ids::add);
        collectIds(JSON.readTree(chart.option().json()), ids);
        chart.patches().forEach(p -> collectIds(JSON.readTree(p), ids));
        Pool pool = new Pool(
                shown.stream().sorted(Comparator.comparing(Event::date)).toList());
        Map<Event, Integer> index = new LinkedHashMap<>();
        Map<String, ItemEvidence> items = new HashMap<>();
        for (String id : ids) {
            ChartKeyCodec.decode(id).ifPresent(key -> {
                List<Integer> positions = new ArrayList<>();
                Predicate<Event> matches = matcher(key);
                for (Event e : pool.candidates(key)) {
                    if (matches.test(e)) {
                        positions.add(index.computeIfAbsent(e, x -> index.size()));
                    }
                }
                items.put(id, new ItemEvidence(label(key, dataset), positions));
            });
        }
        List<PublishedEvent> events =
                index.keySet().stream().map(e -> published(e, dataset)).toList();
        return new Evidence(events, items, first.map(ChartKeyCodec::encode).orElse(null));
    }

    /**
     * The events shown, in date order, and indexed by actor and by month: an item's events are looked for among
     * those of its actor or month only. Looking through all events for each item made a network of 10,000 events
     * and 2,000 actors take seconds (every embed page of it is made this way).
     */
    private static final class Pool {
        private final List<Event> all;
        private Map<ActorId, List<Event>> byActor;
        private Map<YearMonth, List<Event>> byMonth;
        private Map<EventId, Event> byId;

        Pool(List<Event> all) {
            this.all = all;
        }

        /** The events among which the key's are, in date order: a superset of them, never missing one. */
        List<Event> candidates(ChartKey key) {
            return switch (key) {
                case ActorKey(ActorId actor) -> ofActor(actor);
                case ConnectionKey(ActorId a, ActorId b, ConnectionKey.Kind kind) -> ofActor(a);
                case PairKey(ActorId a, ActorId b) -> ofActor(a);
                case CellKey(ActorId actor, YearMonth month) -> ofActor(actor);
                case MonthKey(YearMonth month) -> ofMonth(month);
                case BinKey k -> ofMonth(k.month());
                case EventKey k -> ofEvent(k.event());
            };
        }

        private List<Event> ofActor(ActorId actor) {
            if (byActor == null) {
                byActor = new HashMap<>();
                for (Event e : all) {
                    e.participants().stream()
                            .map(p -> p.actor())
                            .distinct()
                            .forEach(a -> byActor.computeIfAbsent(a, x -> new ArrayList<>())
                                    .add(e));
                }
            }
            return byActor.getOrDefault(actor, List.of());
        }

        private List<Event> ofEvent(EventId id) {
            if (byId == null) {
                byId = new HashMap<>();
                all.forEach(e -> byId.put(e.id(), e));
            }
            Event e = byId.get(id);
            return e == null ? List.of() : List.of(e);
        }

        private List<Event> ofMonth(YearMonth month) {
            if (byMonth == null) {
                byMonth = new HashMap<>();
                for (Event e : all) {
                    byMonth.computeIfAbsent(YearMonth.from(e.firstDay()), x -> new ArrayList<>())
                            .add(e);
                }
            }
            return byMonth.getOrDefault(month, List.of());
        }
    }

    /** Every text under an {@code id} or {@code name} field anywhere in the option. */
    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if ((field.getKey().equals("id") || field.getKey().equals("name")) && value.isString()) {
                    ids.add(value.asString());
                } else {
                    collectIds(value, ids);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectIds(child, ids));
        }
    }

    private static Predicate<Event> matcher(ChartKey key) {
        return switch (key) {
            case ActorKey(ActorId actor) -> e -> e.involves(actor);
            case ConnectionKey(ActorId a, ActorId b, ConnectionKey.Kind kind) ->
                e -> kind == ConnectionKey.Kind.INTERACTION && e.involves(a) && e.involves(b);
            case PairKey(ActorId a, ActorId b) -> e -> e.involves(a) && e.involves(b);
            case EventKey k -> e -> e.id().equals(k.event());
            case MonthKey(YearMonth month) -> e -> YearMonth.from(e.firstDay()).equals(month);
            case CellKey(ActorId actor, YearMonth month) ->
                e -> e.involves(actor) && YearMonth.from(e.firstDay()).equals(month);
            case BinKey k ->
                e -> YearMonth.from(e.firstDay()).equals(k.month())
                        && e.type().eventClass() == k.eventClass()
                        && laneActor(k).map(e::involves).orElse(true);
        };
    }

    private static String label(ChartKey key, Dataset dataset) {
        return switch (key) {
            case ActorKey(ActorId actor) -> name(actor, dataset);
            case ConnectionKey(ActorId a, ActorId b, ConnectionKey.Kind kind) ->
                name(a, dataset) + " – " + name(b, dataset)
                        + (kind == ConnectionKey.Kind.AFFILIATION ? " (affiliation)" : "");
            case PairKey(ActorId a, ActorId b) -> name(a, dataset) + " – " + name(b, dataset);
            case EventKey k ->
                dataset.event(k.event()).map(Event::title).orElse(k.event().value());
            case MonthKey(YearMonth month) -> month.format(MONTH);
            case CellKey(ActorId actor, YearMonth month) -> name(actor, dataset) + ", " + month.format(MONTH);
            case BinKey k ->
                k.eventClass().label() + ", " + k.month().format(MONTH)
                        + laneActor(k).map(a -> ", " + name(a, dataset)).orElse("");
        };
    }

    /**
     * The actor whose lane a bin is on: a lane is an actor's id or "Others" (TimelineOptions.laneKeys). A bin of
     * "Others" lists every event of its month and class, those of the lane actors too.
     */
    private static Optional<ActorId> laneActor(BinKey k) {
        return k.lane().filter(Ids::isValid).map(ActorId::new);
    }

    private static String name(ActorId actor, Dataset dataset) {
        return dataset.actor(actor).map(a -> a.name()).orElse(actor.value());
    }

    private static PublishedEvent published(Event e, Dataset dataset) {
        Article source = dataset.sourceOf(e);
        String date =
                e.date().display() + e.end().map(end -> " – " + end.display()).orElse("");
        return new PublishedEvent(
                e.title(),
                date,
                source.outlet(),
                source.title(),
                source.url().map(URI::toString).orElse(null),
                e.summary().orElse(null),
                e.quotes().stream()
                        .map(q -> new PublishedQuote(
                                q.text(), q.speaker().map(s -> name(s, dataset)).orElse(null)))
                        .toList());
    }
}
