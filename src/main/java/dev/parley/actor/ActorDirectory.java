package dev.parley.actor;

import java.util.Optional;

/**
 * Looks actors up by id. The domain and its views ask this rather than the dataset that implements it, so they
 * stay independent of how the data is loaded.
 */
@FunctionalInterface
public interface ActorDirectory {
    Optional<Actor> actor(ActorId id);

    /** The actor's name, or its id when the directory does not know it (so a text never shows a blank). */
    default String nameOf(ActorId id) {
        return actor(id).map(Actor::name).orElse(id.value());
    }
}
