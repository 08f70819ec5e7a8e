package dev.parley.studio;

import java.util.List;
import java.util.Objects;

/** A new actor typed in the studio, to be appended to {@code actors.yaml}. */
public record ActorForm(
        String id, String name, String kind, List<String> aliases, String description, List<RoleForm> roles) {
    public ActorForm {
        id = Forms.text(id);
        name = Forms.text(name);
        kind = Forms.text(kind);
        aliases = Objects.requireNonNull(aliases, "aliases").stream()
                .map(Forms::text)
                .filter(a -> !a.isBlank())
                .toList();
        description = Forms.text(description);
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    }
}
