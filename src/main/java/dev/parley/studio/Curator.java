package dev.parley.studio;

import dev.parley.base.Ids;
import java.util.Objects;

/** The signed-in curator a change is made by: the account name, used as the git author. */
public record Curator(String name) {
    public Curator {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a curator needs a name");
        }
    }

    /** An address git accepts for the author; curators have no e-mail address in Parley's configuration. */
    public String email() {
        String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return (Ids.isValid(local) || !local.isBlank() ? local : "curator") + "@parley.invalid";
    }
}
