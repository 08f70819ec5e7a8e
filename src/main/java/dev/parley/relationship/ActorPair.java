package dev.parley.relationship;

import dev.parley.actor.ActorId;
import java.util.Objects;

/**
 * Two different actors whose relationship is looked at, in the order the user named them: the view reads "A to B"
 * and "B to A" with {@code a} first.
 */
public record ActorPair(ActorId a, ActorId b) {
    public ActorPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a pair needs two different actors: " + a);
        }
    }

    /** The same two actors the other way round. */
    public ActorPair swapped() {
        return new ActorPair(b, a);
    }

    public boolean involves(ActorId actor) {
        return a.equals(actor) || b.equals(actor);
    }

    @Override
    public String toString() {
        return a + "," + b;
    }
}
