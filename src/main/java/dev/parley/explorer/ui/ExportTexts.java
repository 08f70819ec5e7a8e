package dev.parley.explorer.ui;

import dev.parley.actor.ActorKind;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventClass;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of exported images: which window and filters they show. */
final class ExportTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ExportTexts() {}

    /** "1 February 2025 – 31 March 2025 · classes: Verbal conflict" or "All dates (2014 – 2025)". */
    static String windowAndFilters(ExplorerState s, Dataset d) {
        List<String> parts = new ArrayList<>();
        TimeWindow w = s.window();
        TimeWindow data = TimeWindow.covering(d);
        boolean openStart = w.from().equals(TimeWindow.all().from());
        boolean openEnd = w.to().equals(TimeWindow.all().to());
        if (openStart && openEnd) {
            parts.add(
                    data.isAll()
                            ? "All dates"
                            : "All dates (" + data.from().getYear() + " – "
                                    + data.to().getYear() + ")");
        } else {
            parts.add(
                    (openStart ? "Until " : DAY.format(w.from()) + " – ") + (openEnd ? "onwards" : DAY.format(w.to())));
        }
        if (!s.filter().classes().isEmpty()) {
            parts.add("classes: "
                    + s.filter().classes().stream()
                            .sorted()
                            .map(EventClass::label)
                            .collect(Collectors.joining(", ")));
        }
        if (!s.filter().types().isEmpty()) {
            parts.add("types: "
                    + s.filter().types().stream().sorted().map(EventType::key).collect(Collectors.joining(", ")));
        }
        if (!s.filter().actorKinds().isEmpty()) {
            parts.add("actors: "
                    + s.filter().actorKinds().stream()
                            .sorted()
                            .map(ActorKind::key)
                            .collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }
}
