package dev.parley.statistics;

import dev.parley.actor.ActorId;
import java.util.Objects;

/**
 * An actor's score on a network metric and its place in the ranking (1 for the highest; ties share the best place).
 *
 * @param actor the actor
 * @param score the metric value
 * @param rank the place in the network's ranking
 */
public record ActorScore(ActorId actor, double score, int rank) {
    public ActorScore {
        Objects.requireNonNull(actor, "actor");
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1: " + rank);
        }
    }
}
