package dev.parley.actor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person, institution, state or organization that takes part in events. */
public record Actor(
        ActorId id, String name, ActorKind kind, List<String> aliases, Optional<String> description, List<Role> roles) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(description, "description");
        roles = List.copyOf(roles);
    }
}
