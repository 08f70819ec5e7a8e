package dev.parley.statistics.ui;

import dev.parley.actor.ActorId;
import dev.parley.base.Ids;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The ids of the statistics charts' bars, points and cells, which clicks report back: {@code actor:<actorId>} for an
 * actor's bar, {@code month:2025-02} for a month's bar or point, {@code cell:<actorId>:2025-02} for a heat map cell
 * (an actor in a month). Parsing never throws: an id of another form names no actor and no month.
 */
public final class StatisticsIds {
    private static final String ACTOR = "actor:";
    private static final String MONTH = "month:";
    private static final String CELL = "cell:";

    private StatisticsIds() {
    }

    public static String actor(ActorId actor) {
        return ACTOR + actor.value();
    }

    public static String month(YearMonth month) {
        return MONTH + month;
    }

    public static String cell(ActorId actor, YearMonth month) {
        return CELL + actor.value() + ":" + month;
    }

    /** The actor named by an actor or cell id. */
    public static Optional<ActorId> actorOf(String itemId) {
        if (itemId == null) {
            return Optional.empty();
        }
        String value = itemId.startsWith(ACTOR) ? itemId.substring(ACTOR.length())
                : itemId.startsWith(CELL) && itemId.lastIndexOf(':') > CELL.length()
                        ? itemId.substring(CELL.length(), itemId.lastIndexOf(':')) : null;
        return Ids.isValid(value) ? Optional.of(ActorId.of(value)) : Optional.empty();
    }

    /** The month named by a month or cell id. */
    public static Optional<YearMonth> monthOf(String itemId) {
        if (itemId == null || !(itemId.startsWith(MONTH) || itemId.startsWith(CELL))) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(itemId.substring(itemId.lastIndexOf(':') + 1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
