package dev.parley.explorer;

import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.relationship.ActorPair;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an {@link ExplorerState} as URL query parameters and reads it back. Only what differs from
 * {@link ExplorerState#initial()} is written, so links stay short ({@code ?actor=donald-trump&from=2025-02-01}).
 * Reading is forgiving: a value that cannot be understood (a hand-edited link, an id that no longer exists in
 * that form) is left out rather than failing the page.
 */
public final class ExplorerStateCodec {
    static final String FROM = "from";
    static final String TO = "to";
    static final String CLASSES = "class";
    static final String TYPES = "type";
    static final String KINDS = "kind";
    static final String ACTOR = "actor";
    static final String EVENT = "event";
    static final String PATH_FROM = "pathFrom";
    static final String PATH_TO = "pathTo";
    static final String LANES = "lanes";
    static final String SCALE = "scale";
    static final String PINNED = "pin";
    static final String METRIC = "metric";
    static final String COLOUR = "colour";
    static final String PAIR = "pair";
    static final String LINKS = "links";
    static final String MATRIX = "matrix";

    private ExplorerStateCodec() {}

    /** The query parameters of a state, in a stable order, one value each (lists are comma-separated). */
    public static Map<String, String> write(ExplorerState s) {
        Map<String, String> p = new LinkedHashMap<>();
        TimeWindow w = s.window();
        if (!w.from().equals(TimeWindow.all().from())) {
            p.put(FROM, w.from().toString());
        }
        if (!w.to().equals(TimeWindow.all().to())) {
            p.put(TO, w.to().toString());
        }
        putAll(p, CLASSES, s.filter().classes(), ExplorerStateCodec::key);
        putAll(p, TYPES, s.filter().types(), EventType::key);
        putAll(p, KINDS, s.filter().actorKinds(), ActorKind::key);
        s.actor().ifPresent(a -> p.put(ACTOR, a.value()));
        s.event().ifPresent(e -> p.put(EVENT, e.value()));
        s.pathFrom().ifPresent(a -> p.put(PATH_FROM, a.value()));
        s.pathTo().ifPresent(a -> p.put(PATH_TO, a.value()));
        ExplorerState initial = ExplorerState.initial();
        if (s.lanes() != initial.lanes()) {
            p.put(LANES, s.lanes().key());
        }
        if (!s.pinned().isEmpty()) {
            p.put(PINNED, s.pinned().stream().map(ActorId::value).collect(Collectors.joining(",")));
        }
        if (s.metric() != initial.metric()) {
            p.put(METRIC, key(s.metric()));
        }
        if (s.colouring() != initial.colouring()) {
            p.put(COLOUR, s.colouring().key());
        }
        s.pair().ifPresent(pair -> p.put(PAIR, pair.a().value() + "," + pair.b().value()));
        if (s.links() != initial.links()) {
            p.put(LINKS, s.links().key());
        }
        if (s.matrixSize() != initial.matrixSize()) {
            p.put(MATRIX, Integer.toString(s.matrixSize()));
        }
        if (s.scale() != initial.scale()) {
            p.put(SCALE, s.scale().key());
        }
        return p;
    }

    /**
     * The query of a state's address, encoded: {@code ?actor=donald-trump&from=2025-01-01}, or nothing for the
     * initial state. Commas stay readable: they separate list values and are safe in a query.
     */
    public static String query(ExplorerState s) {
        Map<String, String> params = write(s);
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",");
    }

    /** Reads a state from query parameters (first value of each name), ignoring what it cannot understand. */
    public static ExplorerState read(Map<String, List<String>> parameters) {
        Function<String, Optional<String>> param = name -> Optional.ofNullable(parameters.get(name))
                .filter(v -> !v.isEmpty())
                .map(List::getFirst)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
        ExplorerState initial = ExplorerState.initial();

        TimeWindow window = initial.window();
        Optional<LocalDate> from = param.apply(FROM).flatMap(ExplorerStateCodec::date);
        Optional<LocalDate> to = param.apply(TO).flatMap(ExplorerStateCodec::date);
        LocalDate start = from.orElse(window.from());
        LocalDate end = to.orElse(window.to());
        if (!end.isBefore(start)) {
            window = new TimeWindow(start, end);
        }
        EventFilter filter = new EventFilter(
                window,
                values(param.apply(CLASSES), EventClass.class, ExplorerStateCodec::key),
                values(param.apply(TYPES), EventType.class, EventType::key),
                values(param.apply(KINDS), ActorKind.class, ActorKind::key));

        return new ExplorerState(
                filter,
                param.apply(ACTOR).flatMap(ExplorerStateCodec::actorId),
                param.apply(EVENT).flatMap(ExplorerStateCodec::eventId),
                param.apply(PATH_FROM).flatMap(ExplorerStateCodec::actorId),
                param.apply(PATH_TO).flatMap(ExplorerStateCodec::actorId),
                param.apply(LANES)
                        .flatMap(v -> value(v, LaneMode.class, LaneMode::key))
                        .orElse(initial.lanes()),
                param.apply(PINNED)
                        .map(v -> Arrays.stream(v.split(","))
                                .map(ExplorerStateCodec::actorId)
                                .flatMap(Optional::stream)
                                .distinct()
                                .toList())
                        .orElse(List.of()),
                param.apply(METRIC)
                        .flatMap(v -> value(v, Metric.class, ExplorerStateCodec::key))
                        .orElse(initial.metric()),
                param.apply(COLOUR)
                        .flatMap(v -> value(v, NodeColouring.class, NodeColouring::key))
                        .orElse(initial.colouring()),
                param.apply(PAIR).flatMap(ExplorerStateCodec::pair),
                param.apply(LINKS)
                        .flatMap(v -> value(v, LinkColouring.class, LinkColouring::key))
                        .orElse(initial.links()),
                param.apply(MATRIX).flatMap(ExplorerStateCodec::matrixSize).orElse(initial.matrixSize()),
                param.apply(SCALE)
                        .flatMap(v -> value(v, TimeScale.class, TimeScale::key))
                        .orElse(initial.scale()));
    }

    /** The word used in URLs for an enum constant: {@code VERBAL_COOPERATION} -> {@code verbal-cooperation}. */
    public static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> void putAll(
            Map<String, String> p, String name, Collection<E> values, Function<E, String> key) {
        if (!values.isEmpty()) {
            p.put(name, values.stream().sorted().map(key).collect(Collectors.joining(",")));
        }
    }

    private static <E extends Enum<E>> Set<E> values(Optional<String> text, Class<E> type, Function<E, String> key) {
        Set<E> set = EnumSet.noneOf(type);
        text.ifPresent(t -> Arrays.stream(t.split(","))
                .map(v -> value(v, type, key))
                .flatMap(Optional::stream)
                .forEach(set::add));
        return set;
    }

    private static <E extends Enum<E>> Optional<E> value(String text, Class<E> type, Function<E, String> key) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return EnumSet.allOf(type).stream()
                .filter(e -> key.apply(e).equals(wanted))
                .findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ActorId> actorId(String text) {
        try {
            return Optional.of(ActorId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Two different actor ids, comma-separated. */
    private static Optional<ActorPair> pair(String text) {
        String[] ids = text.split(",", -1);
        if (ids.length != 2) {
            return Optional.empty();
        }
        return actorId(ids[0].strip())
                .flatMap(a -> actorId(ids[1].strip()).filter(b -> !b.equals(a)).map(b -> new ActorPair(a, b)));
    }

    /** A whole number within the matrix's bounds; anything else (too long to be a number, too big) is ignored. */
    private static Optional<Integer> matrixSize(String text) {
        if (!text.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int size = Integer.parseInt(text);
        return size >= ExplorerState.MIN_MATRIX && size <= ExplorerState.MAX_MATRIX
                ? Optional.of(size)
                : Optional.empty();
    }

    private static Optional<EventId> eventId(String text) {
        try {
            return Optional.of(EventId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
