package dev.parley.testing;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The invented dataset under {@code fixtures/blocs}, loaded once: two blocs of states that cooperate inside and
 * quarrel across, and a seventh state with only a statement (score 0).
 *
 * <p>Signed connections: Ash, Birch and Cedar all positive among themselves, Dune, Ember and Fjord too; across, Ash
 * with Dune and Ember, Birch with Dune and Fjord, Cedar with Ember and Fjord, all negative. That makes 8 triangles,
 * all balanced: one inside each bloc, and each of the six actors closes one with its two enemies' shared side.
 * Events taken part in: Ash 6, Dune 5, Ember 5, Birch 4, Cedar 4, Fjord 4, Gale 1.
 */
public final class BlocsFixture {
    public static final Path DIR = Path.of("src/test/resources/fixtures/blocs");
    public static final Dataset DATASET = load();

    public static final ActorId ASH = ActorId.of("ash-land");
    public static final ActorId BIRCH = ActorId.of("birch-land");
    public static final ActorId CEDAR = ActorId.of("cedar-land");
    public static final ActorId DUNE = ActorId.of("dune-land");
    public static final ActorId EMBER = ActorId.of("ember-land");
    public static final ActorId FJORD = ActorId.of("fjord-land");
    public static final ActorId GALE = ActorId.of("gale-land");

    public static final List<ActorId> FIRST_BLOC = List.of(ASH, BIRCH, CEDAR);
    public static final List<ActorId> SECOND_BLOC = List.of(DUNE, EMBER, FJORD);

    private BlocsFixture() {}

    private static Dataset load() {
        LoadResult result = new DatasetLoader().load(DIR);
        if (!result.isValid()) {
            throw new IllegalStateException("the blocs fixture is invalid: " + result.problems());
        }
        return result.dataset().orElseThrow();
    }
}
