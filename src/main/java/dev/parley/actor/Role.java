package dev.parley.actor;

import dev.parley.base.PartialDate;
import java.util.Objects;
import java.util.Optional;

/** A position an actor held, such as "Secretary of State" of the State Department, over an optional period. */
public record Role(String title, Optional<ActorId> of, Optional<PartialDate> from, Optional<PartialDate> to) {
    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent()
                && to.isPresent()
                && to.get().endInclusive().isBefore(from.get().start())) {
            throw new IllegalArgumentException("role '" + title + "' ends before it starts");
        }
    }
}
