package dev.parley.suggest;

import dev.parley.actor.ActorId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A capitalised multi-word name that is no known actor's name or alias: perhaps a new actor.
 *
 * @param similar a known actor whose name or alias is close to this one ("did you mean")
 */
public record NewName(String name, List<String> sentences, Optional<ActorId> similar) {
    public NewName {
        Objects.requireNonNull(name, "name");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(similar, "similar");
    }

    public String key() {
        return "name:" + name;
    }
}
