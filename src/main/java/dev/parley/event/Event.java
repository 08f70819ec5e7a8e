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
        List<Quote> quotes) {
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
