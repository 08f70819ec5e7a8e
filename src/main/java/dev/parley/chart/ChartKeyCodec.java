package dev.parley.chart;

import dev.parley.actor.ActorId;
import dev.parley.base.Ids;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.BinKey;
import dev.parley.chart.ChartKey.CellKey;
import dev.parley.chart.ChartKey.ConnectionKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way between a {@link ChartKey} and the item id the chart element sees. The element treats ids as opaque
 * strings: it hands them back on a click and matches them for a highlight, so only this class reads them.
 *
 * <p>An id is a tag and fields joined by {@code :}, short because every drawn item carries one in the option sent
 * to the browser:
 * <pre>
 * e:fixture-talks                          an event drawn once
 * e:fixture-talks:vladimir-putin           an event on a named lane
 * b:2025-02:verbal-conflict                a month bar of one class
 * b:2025-02:verbal-conflict:Others         ... on a named lane
 * a:vladimir-putin                         an actor
 * l:donald-trump:vladimir-putin:i          an interaction ({@code :a} for an affiliation)
 * m:2025-02                                a month
 * c:united-states:2025-02                  a heat map cell
 * p:donald-trump:vladimir-putin            a pair of actors
 * </pre>
 * Ids, months and classes cannot hold a {@code :}; a lane can hold anything, so it comes last and {@code %},
 * {@code :} and control characters in it are written as {@code %} and two hex digits ({@code Kyiv:North} becomes
 * {@code Kyiv%3ANorth}). Encoding is a function of the key alone, so the same key has the same id in every build.
 *
 * <p>Decoding accepts exactly what encoding writes and never throws: ids come back from the browser and can be
 * forged, so anything else (another format, a bad id, a missing or extra field, a stray escape) decodes to empty.
 */
public final class ChartKeyCodec {
    /** Longer ids are not read at all, so a forged one costs nothing; real ones are a few dozen characters. */
    static final int MAX_LENGTH = 4_096;

    private static final char SEPARATOR = ':';
    private static final char ESCAPE = '%';
    private static final String HEX = "0123456789ABCDEF";

    private ChartKeyCodec() {}

    /** The item id of a key. */
    public static String encode(ChartKey key) {
        return switch (key) {
            case EventKey(EventId event, Optional<String> lane) -> join("e", event.value()) + laneSuffix(lane);
            case BinKey(Optional<String> lane, YearMonth month, EventClass eventClass) ->
                join("b", month.toString(), classCode(eventClass)) + laneSuffix(lane);
            case ActorKey(ActorId actor) -> join("a", actor.value());
            case ConnectionKey(ActorId a, ActorId b, ConnectionKey.Kind kind) ->
                join("l", a.value(), b.value(), kind == ConnectionKey.Kind.INTERACTION ? "i" : "a");
            case MonthKey(YearMonth month) -> join("m", month.toString());
            case CellKey(ActorId actor, YearMonth month) -> join("c", actor.value(), month.toString());
            case PairKey(ActorId a, ActorId b) -> join("p", a.value(), b.value());
        };
    }

    /** The key behind an item id; empty for null or for anything {@link #encode} does not write. */
    public static Optional<ChartKey> decode(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] f = id.split(String.valueOf(SEPARATOR), -1);
        try {
            return switch (f[0]) {
                case "e" ->
                    f.length == 2 || f.length == 3
                            ? eventId(f[1]).flatMap(e -> lane(f, 2).map(l -> new EventKey(e, l)))
                            : Optional.empty();
                case "b" ->
                    f.length == 3 || f.length == 4
                            ? month(f[1])
                                    .flatMap(m -> eventClass(f[2])
                                            .flatMap(c -> lane(f, 3).map(l -> new BinKey(l, m, c))))
                            : Optional.empty();
                case "a" -> f.length == 2 ? actorId(f[1]).map(ActorKey::new) : Optional.empty();
                case "l" ->
                    f.length == 4
                            ? actorId(f[1])
                                    .flatMap(a -> actorId(f[2])
                                            .flatMap(b -> kind(f[3]).map(k -> new ConnectionKey(a, b, k))))
                            : Optional.empty();
                case "m" -> f.length == 2 ? month(f[1]).map(MonthKey::new) : Optional.empty();
                case "c" ->
                    f.length == 3
                            ? actorId(f[1]).flatMap(a -> month(f[2]).map(m -> new CellKey(a, m)))
                            : Optional.empty();
                case "p" -> f.length == 3 ? pair(f[1], f[2]) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            // a well-formed id for a key that cannot exist, such as a link from an actor to itself
            return Optional.empty();
        }
    }

    private static String join(String tag, String... fields) {
        return tag + SEPARATOR + String.join(String.valueOf(SEPARATOR), fields);
    }

    private static String laneSuffix(Optional<String> lane) {
        return lane.map(l -> SEPARATOR + escape(l)).orElse("");
    }

    private static String classCode(EventClass c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean escaped(char c) {
        return c == ESCAPE || c == SEPARATOR || Character.isISOControl(c);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c)) {
                out.append(ESCAPE).append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of an escaped lane, if it is written as {@link #escape} writes it. */
    private static Optional<String> unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                int high = i + 2 < text.length() ? HEX.indexOf(text.charAt(i + 1)) : -1;
                int low = high >= 0 ? HEX.indexOf(text.charAt(i + 2)) : -1;
                if (low < 0 || !escaped((char) (high << 4 | low))) {
                    return Optional.empty();
                }
                out.append((char) (high << 4 | low));
                i += 2;
            } else if (escaped(c)) {
                return Optional.empty();
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    /** The optional lane in field {@code at}, the last one: absent, or present and well formed. */
    private static Optional<Optional<String>> lane(String[] fields, int at) {
        if (fields.length <= at) {
            return Optional.of(Optional.empty());
        }
        return unescape(fields[at]).filter(l -> !l.isEmpty()).map(Optional::of);
    }

    private static Optional<EventId> eventId(String value) {
        return Ids.isValid(value) ? Optional.of(EventId.of(value)) : Optional.empty();
    }

    private static Optional<ActorId> actorId(String value) {
        return Ids.isValid(value) ? Optional.of(ActorId.of(value)) : Optional.empty();
    }

    /** A month as {@link YearMonth#toString} writes it, and only so: {@code 2025-2} or {@code +2025-02} are not. */
    private static Optional<YearMonth> month(String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            return month.toString().equals(value) ? Optional.of(month) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<EventClass> eventClass(String code) {
        for (EventClass c : EventClass.values()) {
            if (classCode(c).equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<ConnectionKey.Kind> kind(String code) {
        return switch (code) {
            case "i" -> Optional.of(ConnectionKey.Kind.INTERACTION);
            case "a" -> Optional.of(ConnectionKey.Kind.AFFILIATION);
            default -> Optional.empty();
        };
    }

    /** Only the order the key itself keeps, so each pair has one id. */
    private static Optional<ChartKey> pair(String a, String b) {
        return actorId(a)
                .flatMap(x -> actorId(b).filter(y -> x.compareTo(y) < 0).map(y -> new PairKey(x, y)));
    }
}
