package dev.parley.suggest;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import java.util.List;
import java.util.Optional;

/** A few actors written for the suggestion tests; none is real data. */
final class TestActors {
    static final Actor PUTIN = person("vladimir-putin", "Vladimir Putin", "Putin");
    static final Actor ZELENSKYY = person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy");
    static final Actor ERDOGAN = person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Erdoğan");
    static final Actor PESKOV = person("dmitry-peskov", "Dmitry Peskov", "Peskov");
    static final Actor KREMLIN = actor("kremlin", "Kremlin", ActorKind.INSTITUTION);
    static final Actor USA = actor("united-states", "United States", ActorKind.STATE, "US", "USA", "U.S.");
    static final Actor UK = actor("united-kingdom", "United Kingdom", ActorKind.STATE, "UK", "Britain");
    static final Actor EU = actor("european-union", "European Union", ActorKind.ORGANIZATION, "EU");
    static final Actor NATO = actor("nato", "NATO", ActorKind.ORGANIZATION, "North Atlantic Treaty Organization");
    static final Actor RUSSIA = actor("russia", "Russia", ActorKind.STATE, "Russian Federation");

    static final List<Actor> ALL = List.of(PUTIN, ZELENSKYY, ERDOGAN, PESKOV, KREMLIN, USA, UK, EU, NATO, RUSSIA);

    private TestActors() {}

    static Actor person(String id, String name, String... aliases) {
        return actor(id, name, ActorKind.PERSON, aliases);
    }

    static Actor actor(String id, String name, ActorKind kind, String... aliases) {
        return new Actor(ActorId.of(id), name, kind, List.of(aliases), Optional.empty(), List.of());
    }

    static ActorId id(Actor actor) {
        return actor.id();
    }
}
