package dev.parley.explorer.ui;

import dev.parley.network.Connection;
import java.util.Locale;

/** Short texts about network numbers, shared by the panels and tables. */
final class NetworkTexts {
    private NetworkTexts() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** ", 12 February 2025 – 28 February 2025", or "" when the connection has no dated events. */
    static String span(Connection c) {
        return c.first().map(f -> ", " + f.display() + c.last().filter(l -> !l.equals(f))
                .map(l -> " – " + l.display()).orElse("")).orElse("");
    }
}
