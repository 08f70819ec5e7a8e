package dev.parley.network.ui;

import dev.parley.network.Connection;
import java.util.Locale;

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
}
