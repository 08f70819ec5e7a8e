package dev.parley.event;

import dev.parley.actor.ActorId;
import java.util.Objects;

public record Participant(ActorId actor, ParticipantRole role) {
    public Participant {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
    }
}
