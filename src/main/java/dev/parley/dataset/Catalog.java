package dev.parley.dataset;

import dev.parley.actor.Actor;
import dev.parley.event.Article;
import dev.parley.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What the readers found across all files, before the cross-file checks: the records that could be built, every id
 * declared (even by a record that could not be built, so one typo does not cascade into "unknown actor" everywhere)
 * and every reference to an actor, each with where it was written.
 */
final class Catalog {
    enum Kind {
        ACTOR("actor"),
        ARTICLE("article"),
        EVENT("event");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    /** An id as written in a file. */
    record Declaration(Kind kind, String id, Node node, String path, FileProblems file) {}

    /** A mention of an actor id (a participant, a quote speaker, the {@code of} of a role). */
    record Reference(String id, Node node, String path, FileProblems file) {}

    final List<Actor> actors = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Declaration> declarations = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    /** Whether actors.yaml could be read; if not, actor references are not checked (they would all fail). */
    boolean actorsRead;

    void declare(Kind kind, YamlMap map, String key, String id) {
        map.node(key)
                .ifPresent(node -> declarations.add(new Declaration(kind, id, node, map.path(key), map.problems())));
    }

    void refer(YamlMap map, String key, String id) {
        map.node(key).ifPresent(node -> references.add(new Reference(id, node, map.path(key), map.problems())));
    }
}
