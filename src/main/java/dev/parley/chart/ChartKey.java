package dev.parley.chart;

import dev.parley.actor.ActorId;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chart item stands for: an event, a month bar of events, an actor, a connection, a month, a heat map cell or
 * a pair of actors. Charts send it to the browser as the item's id through {@link ChartKeyCodec}, and a click brings
 * it back ({@link ChartItemClickEvent#getKey()}), so no view makes or parses item ids by hand.
 *
 * <p>Every key is a value: two items standing for the same thing have equal keys and the same encoded id, build
 * after build, which highlights by id rely on.
 */
public sealed interface ChartKey {

    /**
     * An event drawn on a timeline.
     *
     * @param lane names the lane when the chart draws an event on several lanes (lanes by actor), so each drawing has
     *             its own key; empty when the event is drawn once. Any text but the empty one.
     */
    record EventKey(EventId event, Optional<String> lane) implements ChartKey {
        public EventKey {
            Objects.requireNonNull(event, "event");
            requireLane(lane);
        }

        /** An event drawn once. */
        public static EventKey of(EventId event) {
            return new EventKey(event, Optional.empty());
        }

        /** An event drawn on the lane named {@code lane}. */
        public static EventKey on(EventId event, String lane) {
            return new EventKey(event, Optional.of(lane));
        }
    }

    /**
     * A timeline bar counting the events of one class that start in one month on one lane, drawn instead of the
     * events when there are too many to draw one by one.
     *
     * @param lane names the lane as in {@link EventKey}; empty when the class or the month alone place the bar
     */
    record BinKey(Optional<String> lane, YearMonth month, EventClass eventClass) implements ChartKey {
        public BinKey {
            requireLane(lane);
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(eventClass, "eventClass");
        }
    }

    /** An actor: a network node or a bar of the most central actors. */
    record ActorKey(ActorId actor) implements ChartKey {
        public ActorKey {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A network link. Interactions and affiliations between the same two actors are different links, so the kind is
     * part of the key. The ends keep the connection's order (an affiliation runs from the role holder).
     */
    record ConnectionKey(ActorId a, ActorId b, Kind kind) implements ChartKey {
        /**
         * Why the two actors are connected. The chart's own copy of the network's connection kinds: the chart
         * component is below the network feature and must not import it.
         */
        public enum Kind {
            INTERACTION,
            AFFILIATION
        }

        public ConnectionKey {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(kind, "kind");
            if (a.equals(b)) {
                throw new IllegalArgumentException("an actor is not connected to itself: " + a);
            }
        }
    }

    /** A month: a bar or a point of a chart over months. */
    record MonthKey(YearMonth month) implements ChartKey {
        public MonthKey {
            Objects.requireNonNull(month, "month");
        }
    }

    /** A heat map cell: an actor in a month. */
    record CellKey(ActorId actor, YearMonth month) implements ChartKey {
        public CellKey {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(month, "month");
        }
    }

    /**
     * Two different actors, in no order: the constructor puts the lower id first, so a pair has one key and one
     * encoded id whichever way round it is named.
     */
    record PairKey(ActorId a, ActorId b) implements ChartKey {
        public PairKey {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            if (a.equals(b)) {
                throw new IllegalArgumentException("a pair needs two different actors: " + a);
            }
            if (a.compareTo(b) > 0) {
                ActorId first = b;
                b = a;
                a = first;
            }
        }
    }

    /**
     * A lane is free text (a name may hold any character), but an empty one names nothing, and a lone surrogate would
     * not survive the trip through JSON to the browser and back.
     */
    private static void requireLane(Optional<String> lane) {
        Objects.requireNonNull(lane, "lane");
        lane.ifPresent(text -> {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a lane name is not empty");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("a lane name holds an unpaired surrogate at " + i);
                }
            }
        });
    }
}
