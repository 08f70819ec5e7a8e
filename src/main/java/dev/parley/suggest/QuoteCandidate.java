package dev.parley.suggest;

import dev.parley.actor.ActorId;
import java.util.Objects;
import java.util.Optional;

/**
 * A passage in quotation marks (straight or curly), without the marks, with the speaker the surrounding words
 * suggest ("said X", "X said", "according to X").
 *
 * @param speaker the known actor the speaker's words name, if any
 * @param speakerName the speaker as written in the text, if one was found (known actor or not)
 */
public record QuoteCandidate(String text, Optional<ActorId> speaker, Optional<String> speakerName, String sentence) {
    public QuoteCandidate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(sentence, "sentence");
    }

    public String key() {
        return "quote:" + text;
    }
}
