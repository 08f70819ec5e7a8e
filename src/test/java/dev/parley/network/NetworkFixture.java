package dev.parley.network;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import java.nio.file.Path;
import java.time.LocalDate;

/** The invented dataset under {@code fixtures/network}, loaded once, and its actors by letter. */
final class NetworkFixture {
    static final Path DIR = Path.of("src/test/resources/fixtures/network");
    static final Dataset DATASET = load();

    static final ActorId ANNA = ActorId.of("anna-archer");
    static final ActorId BORIS = ActorId.of("boris-bell");
    static final ActorId CARLA = ActorId.of("carla-cruz");
    static final ActorId DELTA = ActorId.of("delta-union");
    static final ActorId EAST = ActorId.of("east-land");
    static final ActorId FINN = ActorId.of("finn-ford");
    static final ActorId GIL = ActorId.of("gil-grey");
    static final ActorId NORTH = ActorId.of("north-land");
    static final ActorId SOUTH = ActorId.of("south-land");

    static final TimeWindow YEAR_2024 = new TimeWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    private NetworkFixture() {}

    private static Dataset load() {
        LoadResult result = new DatasetLoader().load(DIR);
        if (!result.isValid()) {
            throw new IllegalStateException("the network fixture is invalid: " + result.problems());
        }
        return result.dataset().orElseThrow();
    }

    static ActorNetwork network(EventFilter filter) {
        return ActorNetwork.of(DATASET, filter);
    }

    static ActorNetwork network(TimeWindow window) {
        return network(EventFilter.all().withWindow(window));
    }
}
