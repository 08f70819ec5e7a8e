package dev.parley.chart;

import java.util.Objects;

/**
 * A chart option with its JSON written once. Views that many sessions show alike (the same network, the same
 * timeline) share one instance from a cache, so a session holds a reference, not its own copy of thousands of
 * items, and the JSON is not written again for every session.
 *
 * @param option the option
 * @param json the option as sent to the browser
 */
public record PreparedOption(ChartOption option, String json) {

    public PreparedOption {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(json, "json");
    }

    public static PreparedOption of(ChartOption option) {
        return new PreparedOption(option, ChartJson.write(option));
    }
}
