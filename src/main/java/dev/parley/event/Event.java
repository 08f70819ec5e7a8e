package dev.parley.event;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something that happened between actors, as reported by one source article. */
public record Event(
        EventId id,
        ArticleId article,
        PartialDate date,
        Optional<PartialDate> end,
        String title,
        EventType type,
        Optional<String> summary,
        Optional<String> location,
        List<Participant> participants,
        List<Quote> quotes,
        Optional<CameoCode> cameo) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(end, "end");
        if (end.isPresent() && end.get().endInclusive().isBefore(date.start())) {
            throw new IllegalArgumentException("event " + id + " ends before it starts");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(location, "location");
        participants = List.copyOf(participants);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " needs at least one participant");
        }
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(cameo, "cameo");
        if (cameo.isPresent() && !type.allows(cameo.get())) {
            throw new IllegalArgumentException("event " + id + ": CAMEO code "
                    + cameo.get().code() + " is not under the roots of type " + type.key() + " " + type.cameoRoots());
        }
    }

    /** An event coded by its type alone, without a finer CAMEO code. */
    public Event(
            EventId id,
            ArticleId article,
            PartialDate date,
            Optional<PartialDate> end,
            String title,
            EventType type,
            Optional<String> summary,
            Optional<String> location,
            List<Participant> participants,
            List<Quote> quotes) {
        this(id, article, date, end, title, type, summary, location, participants, quotes, Optional.empty());
    }

    /**
     * How cooperative (up to +10) or conflictual (down to -10) the event is on the Goldstein scale: the score of its
     * finer CAMEO code when it has one, otherwise that of its type.
     */
    public double score() {
        return cameo.map(CameoCode::goldstein).orElseGet(type::goldstein);
    }

    /**
     * Who the event's score runs from and to: from each initiator to each recipient, and both ways between a
     * {@code participant} and every other actor who is not merely mentioned. Two initiators (or two recipients) act
     * side by side, not on each other, and a {@code mentioned} actor takes no part, so neither gets a direction.
     * Each ordered pair appears once, in the order of the participants.
     */
    public List<Flow> flows() {
        var seen = new java.util.LinkedHashSet<Flow>();
        for (Participant from : participants) {
            for (Participant to : participants) {
                if (!from.actor().equals(to.actor()) && from.role().scoresTowards(to.role())) {
                    seen.add(new Flow(from.actor(), to.actor()));
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Whether one of {@link #flows()} runs from {@code from} to {@code to}, without building them. */
    public boolean runs(ActorId from, ActorId to) {
        if (from.equals(to)) {
            return false;
        }
        for (Participant f : participants) {
            if (f.actor().equals(from)) {
                for (Participant t : participants) {
                    if (t.actor().equals(to) && f.role().scoresTowards(t.role())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** One way an event's score runs: from one actor to another. */
    public record Flow(ActorId from, ActorId to) {
        public Flow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** First day the event may have happened. */
    public LocalDate firstDay() {
        return date.start();
    }

    /** Last day the event may have lasted: its end, or the end of its date's period. */
    public LocalDate lastDay() {
        return end.map(PartialDate::endInclusive).orElse(date.endInclusive());
    }

    public boolean involves(ActorId actor) {
        return participants.stream().anyMatch(p -> p.actor().equals(actor));
    }
}
