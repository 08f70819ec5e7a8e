package dev.parley.event.ui;

import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.event.CameoCode;
import dev.parley.event.Event;
import dev.parley.event.EventCatalog;
import dev.parley.event.ParticipantRole;
import dev.parley.event.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How events read on screen: dates with their precision, participants by name, a coloured type badge. */
public final class EventText {
    private EventText() {}

    public static String dateOf(Event e) {
        return e.end()
                .map(end -> e.date().display() + " – " + end.display())
                .orElse(e.date().display());
    }

    /**
     * Reads like the interaction: "Trump, United States → Russia; with NATO; mentions Ukraine".
     */
    public static String participantsOf(Event e, EventCatalog d) {
        List<String> parts = new ArrayList<>();
        String from = names(e, d, ParticipantRole.INITIATOR);
        String to = names(e, d, ParticipantRole.RECIPIENT);
        if (!to.isEmpty()) {
            parts.add((from.isEmpty() ? "…" : from) + " → " + to);
        } else if (!from.isEmpty()) {
            parts.add(from);
        }
        String with = names(e, d, ParticipantRole.PARTICIPANT);
        if (!with.isEmpty()) {
            parts.add(parts.isEmpty() ? with : "with " + with);
        }
        String mentioned = names(e, d, ParticipantRole.MENTIONED);
        if (!mentioned.isEmpty()) {
            parts.add("mentions " + mentioned);
        }
        return String.join("; ", parts);
    }

    private static String names(Event e, EventCatalog d, ParticipantRole role) {
        return e.participants().stream()
                .filter(p -> p.role() == role)
                .map(p -> d.actor(p.actor()).map(Actor::name).orElse(p.actor().value()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The event's score and where it comes from: "Score −4.0 on the Goldstein scale (CAMEO 16, Reduce relations)",
     * naming the finer CAMEO code when the event has one, else the root its type stands for.
     */
    public static String scoreOf(Event e) {
        CameoCode code = e.cameo().orElseGet(e.type()::cameo);
        return "Score " + Scores.format(e.score()) + " on the Goldstein scale (CAMEO " + code.code() + ", "
                + code.name() + ")";
    }

    public static Span typeBadge(Event e) {
        Span badge = new Span(e.type().key());
        badge.getElement().setAttribute("theme", "badge");
        badge.addClassName("parley-class-"
                + e.type().eventClass().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.getElement()
                .setAttribute(
                        "title", e.type().eventClass().label() + ": " + e.type().description());
        return badge;
    }

    public static String searchableText(Event e, EventCatalog d) {
        var source = d.sourceOf(e);
        return String.join(
                        " ",
                        e.title(),
                        e.type().key(),
                        e.summary().orElse(""),
                        e.location().orElse(""),
                        participantsOf(e, d),
                        source.outlet(),
                        source.title())
                .toLowerCase(Locale.ROOT);
    }
}
