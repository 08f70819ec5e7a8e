package dev.parley.explorer.ui;

import dev.parley.actor.ActorKind;
import dev.parley.chart.ExportFrame;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.relationship.Relationship;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of exported images and printed pages: which window and filters they show, and their sources. */
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

    /** "Source: 42 events from 17 articles, Parley": the footnote of an image or a printed page of these events. */
    static String sourceLine(List<Event> events) {
        long articles = events.stream().map(Event::article).distinct().count();
        return "Source: " + events.size() + (events.size() == 1 ? " event" : " events") + " from " + articles
                + (articles == 1 ? " article" : " articles") + ", Parley";
    }

    /** The frame of a relationship, exported or printed: the pair, its reading and window, the score and sources. */
    static ExportFrame relationship(Relationship r, ExplorerState s, Dataset d) {
        String names = d.nameOf(r.pair().a()) + " and " + d.nameOf(r.pair().b());
        return new ExportFrame(
                "Relationship over time: " + names,
                r.reading() + " · " + windowAndFilters(s, d),
                "Score: Goldstein scale of each event's CAMEO category, −10 most conflictual to +10 most cooperative. "
                        + sourceLine(r.events()));
    }
}
