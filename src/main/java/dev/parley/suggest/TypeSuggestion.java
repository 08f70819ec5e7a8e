package dev.parley.suggest;

import dev.parley.event.EventType;
import java.util.List;
import java.util.Objects;

/**
 * An event type the text's verbs point to ("met", "called" → {@code consult}; "sanctioned" → {@code sanction}).
 *
 * @param verbs the words found, as written
 * @param sentences where they occur, at most a few
 */
public record TypeSuggestion(EventType type, List<String> verbs, List<String> sentences) {
    public TypeSuggestion {
        Objects.requireNonNull(type, "type");
        verbs = List.copyOf(verbs);
        sentences = List.copyOf(sentences);
    }

    public String key() {
        return "type:" + type.key();
    }
}
