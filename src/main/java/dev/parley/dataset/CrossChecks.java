package dev.parley.dataset;

import dev.parley.actor.Actor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need all files at once: ids unique per kind across every file, and every actor reference
 * resolving to a declared actor (with a suggestion by id, name or alias when it does not).
 */
final class CrossChecks {

    private CrossChecks() {}

    static void run(Catalog catalog) {
        uniqueIds(catalog);
        if (catalog.actorsRead) {
            references(catalog);
        }
    }

    private static void uniqueIds(Catalog catalog) {
        Map<Catalog.Kind, Map<String, Catalog.Declaration>> first = new HashMap<>();
        for (Catalog.Declaration d : catalog.declarations) {
            Catalog.Declaration earlier =
                    first.computeIfAbsent(d.kind(), k -> new HashMap<>()).putIfAbsent(d.id(), d);
            if (earlier != null) {
                d.file()
                        .add(
                                d.node(),
                                d.path(),
                                "duplicate " + d.kind().noun + " id '" + d.id() + "' (first used at "
                                        + earlier.file().where(earlier.node()) + ")");
            }
        }
    }

    private static void references(Catalog catalog) {
        Set<String> actorIds = new HashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Catalog.Declaration d : catalog.declarations) {
            if (d.kind() == Catalog.Kind.ACTOR) {
                actorIds.add(d.id());
                names.putIfAbsent(d.id(), d.id());
            }
        }
        for (Actor actor : catalog.actors) {
            names.putIfAbsent(actor.name(), actor.id().value());
            actor.aliases().forEach(alias -> names.putIfAbsent(alias, actor.id().value()));
        }
        for (Catalog.Reference r : catalog.references) {
            if (!actorIds.contains(r.id())) {
                String hint = Suggestions.closestByName(r.id(), names)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse(" (not in actors.yaml)");
                r.file().add(r.node(), r.path(), "unknown actor '" + YamlMap.shorten(r.id()) + "'" + hint);
            }
        }
    }
}
