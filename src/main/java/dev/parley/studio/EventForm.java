package dev.parley.studio;

import java.util.List;
import java.util.Objects;

/** One event of an {@link ArticleForm}, field by field as typed; {@code ""} means the field is left out. */
public record EventForm(
        String id,
        String date,
        String end,
        String title,
        String type,
        String cameo,
        String summary,
        String location,
        List<ParticipantForm> participants,
        List<QuoteForm> quotes) {
    public EventForm {
        id = Forms.text(id);
        date = Forms.text(date);
        end = Forms.text(end);
        title = Forms.text(title);
        type = Forms.text(type);
        cameo = Forms.text(cameo);
        summary = Forms.text(summary);
        location = Forms.text(location);
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
    }

    public static EventForm empty() {
        return new EventForm("", "", "", "", "", "", "", "", List.of(), List.of());
    }
}
