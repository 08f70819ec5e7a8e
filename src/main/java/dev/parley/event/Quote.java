package dev.parley.event;

import dev.parley.actor.ActorId;
import java.util.Objects;
import java.util.Optional;

/** Words that appear verbatim in the event's source article. */
public record Quote(String text, Optional<ActorId> speaker) {
    public Quote {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a quote cannot be empty");
        }
        Objects.requireNonNull(speaker, "speaker");
    }
}
