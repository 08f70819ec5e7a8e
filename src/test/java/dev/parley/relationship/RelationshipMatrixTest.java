package dev.parley.relationship;

import static dev.parley.testing.BlocsFixture.ASH;
import static dev.parley.testing.BlocsFixture.BIRCH;
import static dev.parley.testing.BlocsFixture.CEDAR;
import static dev.parley.testing.BlocsFixture.DATASET;
import static dev.parley.testing.BlocsFixture.DUNE;
import static dev.parley.testing.BlocsFixture.EMBER;
import static dev.parley.testing.BlocsFixture.FJORD;
import static dev.parley.testing.BlocsFixture.GALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Camp;
import dev.parley.relationship.RelationshipMatrix.Cell;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The relationship matrix on the two-bloc fixture ({@code BlocsFixture}): Ash, Birch and Cedar against Dune, Ember and
 * Fjord, Gale Land beside them with a statement only. By activity alone the order would be Ash 6, Dune 5, Ember 5,
 * Birch 4, Cedar 4, Fjord 4, Gale 1, which mixes the blocs.
 */
class RelationshipMatrixTest {
    private static final ActorNetwork WHOLE = ActorNetwork.of(DATASET, EventFilter.all());

    @Test
    void the_blocs_sit_together_each_by_activity() {
        RelationshipMatrix matrix = RelationshipMatrix.of(WHOLE, 20);

        assertThat(matrix.actors()).containsExactly(ASH, BIRCH, CEDAR, DUNE, EMBER, FJORD, GALE);
        assertThat(matrix.camp(ASH)).hasValue(Camp.ONE);
        assertThat(matrix.camp(FJORD)).hasValue(Camp.TWO);
        assertThat(matrix.camp(GALE)).isEmpty();
    }

    @Test
    void a_small_matrix_takes_the_most_active_actors_then_orders_them_by_camp() {
        RelationshipMatrix matrix = RelationshipMatrix.of(WHOLE, 3);

        // the three most active are Ash (6), Dune (5) and Ember (5; ties go by id)
        assertThat(matrix.actors()).containsExactly(ASH, DUNE, EMBER);
        assertThat(matrix.events(ASH)).isEqualTo(6);
        assertThat(matrix.events(DUNE)).isEqualTo(5);
        assertThat(matrix.events(EMBER)).isEqualTo(5);
    }

    @Test
    void a_cell_holds_the_shared_events_and_the_mean_of_the_scored_ones() {
        RelationshipMatrix matrix = RelationshipMatrix.of(WHOLE, 20);

        // Ash accuses Dune (-2) and sanctions it with Birch (-4)
        Cell ashDune = matrix.cell(ASH, DUNE).orElseThrow();
        assertThat(ashDune.events()).isEqualTo(2);
        assertThat(ashDune.scored()).isEqualTo(2);
        assertThat(ashDune.mean().getAsDouble()).isCloseTo(-3, within(1e-9));
        // the joint exercise (+6) scores; the joint sanction of Dune has Ash and Birch side by side, so it does not
        Cell ashBirch = matrix.cell(BIRCH, ASH).orElseThrow();
        assertThat(ashBirch.events()).isEqualTo(2);
        assertThat(ashBirch.scored()).isEqualTo(1);
        assertThat(ashBirch.mean().getAsDouble()).isCloseTo(6, within(1e-9));
        assertThat(ashBirch.tone().count(EventClass.MATERIAL_CONFLICT)).isEqualTo(1);
        // intelligence sharing (+6) and a meeting (+1)
        assertThat(matrix.cell(DUNE, EMBER).orElseThrow().mean().getAsDouble()).isCloseTo(3.5, within(1e-9));
        // a statement scores 0: a cell, with a mean of 0
        assertThat(matrix.cell(ASH, GALE).orElseThrow().mean().getAsDouble()).isZero();
    }

    @Test
    void pairs_without_a_shared_event_and_the_diagonal_have_no_cell() {
        RelationshipMatrix matrix = RelationshipMatrix.of(WHOLE, 20);

        assertThat(matrix.cell(CEDAR, DUNE)).isEmpty();
        assertThat(matrix.cell(ASH, ASH)).isEmpty();
        // 3 + 3 inside the blocs, 6 across, Ash with Gale
        assertThat(matrix.cells()).hasSize(13);
        assertThat(matrix.cells())
                .allSatisfy(c -> assertThat(matrix.actors().indexOf(c.a()))
                        .isLessThan(matrix.actors().indexOf(c.b())));
    }

    @Test
    void a_size_beyond_the_actors_present_gives_them_all() {
        RelationshipMatrix matrix = RelationshipMatrix.of(WHOLE, 60);

        assertThat(matrix.size()).isEqualTo(7);
        assertThat(Set.copyOf(matrix.actors())).isEqualTo(WHOLE.participants());
    }

    @Test
    void the_window_decides_who_is_active() {
        // January and February 2024: the bloc-building months, before the quarrels
        ActorNetwork early = ActorNetwork.of(
                DATASET,
                EventFilter.all().withWindow(new TimeWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29))));

        RelationshipMatrix matrix = RelationshipMatrix.of(early, 20);

        assertThat(matrix.actors()).containsExactlyInAnyOrder(ASH, BIRCH, CEDAR, DUNE, EMBER, FJORD);
        assertThat(matrix.cells()).extracting(Cell::events).containsOnly(1);
        assertThat(matrix.cells())
                .allSatisfy(c -> assertThat(c.mean().getAsDouble()).isPositive());
    }

    @Test
    void an_empty_window_gives_an_empty_matrix() {
        ActorNetwork none = ActorNetwork.of(
                DATASET,
                EventFilter.all().withWindow(new TimeWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))));

        RelationshipMatrix matrix = RelationshipMatrix.of(none, 20);

        assertThat(matrix.isEmpty()).isTrue();
        assertThat(matrix.cells()).isEmpty();
    }

    @Test
    void a_matrix_needs_at_least_one_actor() {
        assertThatThrownBy(() -> RelationshipMatrix.of(WHOLE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RelationshipMatrix.of(WHOLE, 1).actors()).containsExactly(ASH);
    }
}
