package dev.parley.chart;

import java.util.List;

/** Small argument checks shared by the option records. */
final class Checks {
    private Checks() {}

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a series needs an id");
        }
        return id;
    }

    /** An unmodifiable copy, keeping null as "not set". */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
