package dev.parley.network.ui;

import dev.parley.event.EventClass;
import dev.parley.event.Scores;
import dev.parley.network.Connection;
import dev.parley.network.Tone;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the network's facts read to people, so that the chart's tooltips, the side panel, the tables and the statistics
 * word a connection's period and a metric's value the same way.
 */
public final class NetworkTexts {

    private NetworkTexts() {}

    /** "12 February 2025 – 28 February 2025", one date when first and last agree, or "" without dated events. */
    public static String period(Connection c) {
        return c.first()
                .map(f -> f.display()
                        + c.last()
                                .filter(l -> !l.equals(f))
                                .map(l -> " – " + l.display())
                                .orElse(""))
                .orElse("");
    }

    /** A metric value: whole numbers as such ("12"), others with three decimals ("0.125"), whatever the locale. */
    public static String metricValue(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * The stance of a connection in words: "Mean score −4.3 over 6 scored events", or "No scored event" when none of
     * its events runs between its two actors (an affiliation, or events they only shared as co-initiators).
     */
    public static String stance(Tone tone) {
        return tone.mean().stream()
                .mapToObj(mean -> "Mean score " + Scores.format(mean) + " over " + tone.scored()
                        + (tone.scored() == 1 ? " scored event" : " scored events"))
                .findFirst()
                .orElse("No scored event");
    }

    /** The events by class, in the classes' order: "2 verbal cooperation · 4 material conflict"; "" for none. */
    public static String byClass(Tone tone) {
        return Arrays.stream(EventClass.values())
                .filter(c -> tone.count(c) > 0)
                .map(c -> tone.count(c) + " " + c.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" · "));
    }
}
