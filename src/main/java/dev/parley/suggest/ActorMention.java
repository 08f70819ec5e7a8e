package dev.parley.suggest;

import dev.parley.actor.ActorId;
import java.util.List;
import java.util.Objects;

/**
 * A known actor named in the text.
 *
 * @param forms the spellings found, as written in the text ("Putin's", "Volodymyr Zelenskyy")
 * @param sentences the sentences where the actor is named, in text order, at most a few
 * @param count how many times the actor is named
 */
public record ActorMention(ActorId actor, List<String> forms, List<String> sentences, int count) {
    public ActorMention {
        Objects.requireNonNull(actor, "actor");
        forms = List.copyOf(forms);
        sentences = List.copyOf(sentences);
    }

    public String key() {
        return "actor:" + actor.value();
    }
}
