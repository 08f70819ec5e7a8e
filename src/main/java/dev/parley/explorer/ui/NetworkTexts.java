package dev.parley.explorer.ui;

import dev.parley.network.Connection;
import dev.parley.network.ui.NetworkOptions;

/** Short texts about network numbers, shared by the panels and tables. */
final class NetworkTexts {
    private NetworkTexts() {
    }

    static String format(double value) {
        return NetworkOptions.format(value);
    }

    /** ", 12 February 2025 – 28 February 2025", or "" when the connection has no dated events. */
    static String span(Connection c) {
        return c.first().map(f -> ", " + f.display() + c.last().filter(l -> !l.equals(f))
                .map(l -> " – " + l.display()).orElse("")).orElse("");
    }
}
