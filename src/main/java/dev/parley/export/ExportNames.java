package dev.parley.export;

import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * File names that say what a download holds and for which time: {@code parley-events-2025-02-01_2025-03-31.csv},
 * {@code parley-network-all.graphml} for all time, {@code parley-events-2022-01-01_end.csv} for a window open at one
 * side ({@code start} and {@code end} stand for the open sides), {@code parley-data-2025-06-01.zip} for the data
 * files on the day of the download. Names use only {@code [a-z0-9._-]}, so they are safe on every file system and in a
 * {@code Content-Disposition} header.
 */
public final class ExportNames {
    private static final String PREFIX = "parley-";

    private ExportNames() {}

    /**
     * The name for a download of {@code format} for the filter's time window, made on {@code today} (only the data
     * files use the day: they are not filtered).
     */
    public static String fileName(DataFormat format, EventFilter filter, LocalDate today) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(today, "today");
        String name = switch (format) {
            case EVENTS_CSV, EVENTS_JSON -> "events-" + window(filter.window());
            case NETWORK_GEXF, NETWORK_GRAPHML -> "network-" + window(filter.window());
            case DATASET_ZIP -> "data-" + today;
        };
        return safe(PREFIX + name + "." + format.extension());
    }

    /**
     * The name, without extension, of an export of {@code what} (such as a chart image) for a time window:
     * {@code parley-network-2025-02-01_2025-03-31}, {@code parley-timeline-all}.
     */
    public static String baseName(String what, TimeWindow window) {
        return safe(PREFIX + what + "-" + window(window));
    }

    /** {@code all}, or {@code from_to} with {@code start} / {@code end} for an open side. */
    static String window(TimeWindow window) {
        if (window.isAll()) {
            return "all";
        }
        String from =
                window.from().equals(LocalDate.MIN) ? "start" : window.from().toString();
        String to = window.to().equals(LocalDate.MAX) ? "end" : window.to().toString();
        return from + "_" + to;
    }

    /** Lower case; any character outside {@code [a-z0-9._-]} is dropped (such as the {@code +} of year 10000). */
    static String safe(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
    }
}
