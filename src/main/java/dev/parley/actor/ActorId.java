package dev.parley.actor;

import dev.parley.base.Ids;

/** The stable id of an actor, as written in the data files ({@code vladimir-putin}). */
public record ActorId(String value) implements Comparable<ActorId> {
    public ActorId {
        Ids.requireValid(value);
    }

    public static ActorId of(String value) {
        return new ActorId(value);
    }

    @Override
    public int compareTo(ActorId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
