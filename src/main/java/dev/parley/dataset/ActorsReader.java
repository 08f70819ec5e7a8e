package dev.parley.dataset;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.actor.Role;
import dev.parley.base.Ids;
import dev.parley.base.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code actors.yaml}: a mapping with one field, {@code actors}, a list of actors with their roles. */
final class ActorsReader {
    static final List<String> FILE_FIELDS = List.of("actors");
    static final List<String> ACTOR_FIELDS = List.of("id", "name", "kind", "aliases", "description", "roles");
    static final List<String> ROLE_FIELDS = List.of("title", "of", "from", "to");

    private final Catalog catalog;

    ActorsReader(Catalog catalog) {
        this.catalog = catalog;
    }

    void read(Node root, FileProblems problems) {
        catalog.actorsRead = true;
        YamlMap.of(root, "", "the actors file", FILE_FIELDS, problems)
                .flatMap(file -> file.requiredList("actors").map(items -> {
                    for (int i = 0; i < items.size(); i++) {
                        actor(items.get(i), YamlMap.index(file.path("actors"), i), problems)
                                .ifPresent(catalog.actors::add);
                    }
                    return items;
                }));
    }

    private Optional<Actor> actor(Node node, String path, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(node, path, "an actor", ACTOR_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> id = map.requiredId("id");
        id.ifPresent(value -> catalog.declare(Catalog.Kind.ACTOR, map, "id", value));
        Optional<String> name = map.requiredText("name");
        Optional<ActorKind> kind = map.requiredChoice("kind", ActorKind.values(), ActorKind::key, "actor kind");
        List<String> aliases = map.optionalTextList("aliases");
        Optional<String> description = map.optionalText("description");
        List<Role> roles = new ArrayList<>();
        List<Node> roleNodes = map.optionalList("roles").orElse(List.of());
        for (int i = 0; i < roleNodes.size(); i++) {
            role(roleNodes.get(i), YamlMap.index(map.path("roles"), i), problems)
                    .ifPresent(roles::add);
        }
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Actor(ActorId.of(id.get()), name.get(), kind.get(), aliases, description, roles));
    }

    private Optional<Role> role(Node node, String path, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(node, path, "a role", ROLE_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> title = map.requiredText("title");
        Optional<String> of = map.optionalText("of");
        of.ifPresent(value -> catalog.refer(map, "of", value));
        Optional<PartialDate> from = map.optionalDate("from");
        Optional<PartialDate> to = map.optionalDate("to");
        if (from.isPresent()
                && to.isPresent()
                && to.get().endInclusive().isBefore(from.get().start())) {
            map.problems()
                    .add(
                            map.node("to").orElseThrow(),
                            map.path("to"),
                            "the role ends (" + to.get() + ") before it starts (" + from.get() + ")");
            return Optional.empty();
        }
        if (title.isEmpty() || of.isPresent() && !Ids.isValid(of.get())) {
            return Optional.empty();
        }
        return Optional.of(new Role(title.get(), of.map(ActorId::of), from, to));
    }
}
