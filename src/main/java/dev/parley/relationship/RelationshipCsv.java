package dev.parley.relationship;

import dev.parley.event.EventClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A relationship's series as CSV, one row per period, for a spreadsheet or a plot of one's own. Every cell is a date,
 * a number, an actor id or a class key: none comes from free text, so no cell can start a spreadsheet formula and
 * no formula guard is needed (unlike the events CSV).
 */
public final class RelationshipCsv {
    private RelationshipCsv() {}

    public static String of(Relationship r) {
        String a = r.pair().a().value();
        String b = r.pair().b().value();
        List<String> header = new ArrayList<>(List.of(
                "period_start",
                "granularity",
                a + "_to_" + b + "_mean",
                a + "_to_" + b + "_events",
                b + "_to_" + a + "_mean",
                b + "_to_" + a + "_events",
                "mean",
                "events",
                "rolling_mean",
                "turning_point"));
        for (EventClass c : EventClass.values()) {
            header.add(c.name().toLowerCase(Locale.ROOT));
        }
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (Period p : r.periods()) {
            List<String> row = new ArrayList<>(List.of(
                    p.start().toString(),
                    r.granularity().unit(),
                    number(p.aToB().value()),
                    Integer.toString(p.aToB().count()),
                    number(p.bToA().value()),
                    Integer.toString(p.bToA().count()),
                    number(p.both().value()),
                    Integer.toString(p.both().count()),
                    number(p.rolling()),
                    p.turn() ? "yes" : ""));
            Stream.of(EventClass.values())
                    .map(c -> Integer.toString(p.count(c)))
                    .forEach(row::add);
            csv.append(row.stream().collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** Empty when there is no score, otherwise two decimals with a point whatever the locale. */
    private static String number(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "";
    }
}
