package dev.parley.network;

import static dev.parley.testing.BlocsFixture.ASH;
import static dev.parley.testing.BlocsFixture.DATASET;
import static dev.parley.testing.BlocsFixture.FIRST_BLOC;
import static dev.parley.testing.BlocsFixture.GALE;
import static dev.parley.testing.BlocsFixture.SECOND_BLOC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Structural balance and the split into two camps, on fixtures whose answer is worked out by hand. */
class CampsTest {
    private static final ActorId A = ActorId.of("a");
    private static final ActorId B = ActorId.of("b");
    private static final ActorId C = ActorId.of("c");
    private static final ActorId D = ActorId.of("d");
    private static final ActorId E = ActorId.of("e");

    /** An interaction of one scored event with this score. */
    private static Connection signed(ActorId x, ActorId y, double score) {
        ActorId a = x.compareTo(y) < 0 ? x : y;
        ActorId b = a.equals(x) ? y : x;
        PartialDate day = PartialDate.parse("2024-01-01");
        return Connection.interaction(
                a, b, 0, 0, List.of(EventId.of(a.value() + "-" + b.value())), day, day, new Tone(1, score, Map.of()));
    }

    @Test
    void two_blocs_come_out_as_two_camps() {
        Camps camps = ActorNetwork.of(DATASET, EventFilter.all()).camps();

        assertThat(camps.members(Camp.ONE)).containsExactlyElementsOf(FIRST_BLOC);
        assertThat(camps.members(Camp.TWO)).containsExactlyElementsOf(SECOND_BLOC);
        assertThat(camps.of(GALE)).isEmpty();
        assertThat(camps.signedConnections()).isEqualTo(12);
        assertThat(camps.triangles()).isEqualTo(8);
        assertThat(camps.balancedTriangles()).isEqualTo(8);
        assertThat(camps.balance()).hasValue(1.0);
        assertThat(camps.frustrated()).isZero();
    }

    @Test
    void camp_one_holds_the_actor_with_the_most_signed_connections() {
        // all six have four signed connections: the tie goes to the lowest id
        Camps camps = ActorNetwork.of(DATASET, EventFilter.all()).camps();

        assertThat(camps.of(ASH)).hasValue(Camp.ONE);
    }

    @Test
    void one_frustrated_triangle_beside_a_balanced_one_gives_half_balance_and_one_frustrated_connection() {
        // triangle a-b-c: +, +, - (unbalanced); triangle a-c-d: +, -, - (balanced); no b-d connection
        List<Connection> connections =
                List.of(signed(A, B, 3), signed(A, C, 1.5), signed(B, C, -2), signed(A, D, -6), signed(C, D, -4));

        Camps camps = Camps.of(connections);

        assertThat(camps.triangles()).isEqualTo(2);
        assertThat(camps.balancedTriangles()).isEqualTo(1);
        assertThat(camps.balance()).hasValue(0.5);
        // an unbalanced triangle forces one frustrated side; {a,b,c | d} and {a,c | b,d} both leave exactly one
        assertThat(camps.frustrated()).isEqualTo(1);
        assertThat(camps.of(A)).hasValue(Camp.ONE);
        assertThat(camps.of(C)).hasValue(Camp.ONE);
        assertThat(camps.of(D)).hasValue(Camp.TWO);
    }

    @Test
    void unsigned_connections_are_left_out() {
        Connection neutral = signed(A, E, 0);
        Connection unscored = Connection.interaction(
                B,
                E,
                0,
                0,
                List.of(EventId.of("b-e")),
                PartialDate.parse("2024"),
                PartialDate.parse("2024"),
                Tone.NONE);

        Camps camps = Camps.of(List.of(signed(A, B, 2), neutral, unscored));

        assertThat(camps.camps()).containsOnlyKeys(A, B);
        assertThat(camps.signedConnections()).isEqualTo(1);
        assertThat(camps.triangles()).isZero();
        assertThat(camps.balance()).isEmpty();
        assertThat(camps.of(E)).isEmpty();
    }

    @Test
    void no_connection_gives_no_camps() {
        assertThat(Camps.of(List.of())).isEqualTo(Camps.NONE);
        assertThat(Camps.NONE.isEmpty()).isTrue();
        assertThat(Camps.NONE.balance()).isEmpty();
    }

    @Test
    void enemies_split_and_friends_stay_together_in_a_pair() {
        assertThat(Camps.of(List.of(signed(A, B, -7))).members(Camp.TWO)).containsExactly(B);
        assertThat(Camps.of(List.of(signed(A, B, 7))).members(Camp.ONE)).containsExactly(A, B);
    }

    @Test
    void the_same_connections_in_any_order_give_the_same_camps() {
        List<Connection> connections =
                new ArrayList<>(ActorNetwork.of(DATASET, EventFilter.all()).connections());
        connections.addAll(
                List.of(signed(A, B, 3), signed(A, C, 1.5), signed(B, C, -2), signed(A, D, -6), signed(C, D, -4)));
        Camps first = Camps.of(connections);

        Collections.shuffle(connections, new Random(7));
        Camps shuffled = Camps.of(connections);
        Collections.reverse(connections);

        assertThat(shuffled).isEqualTo(first);
        assertThat(Camps.of(connections)).isEqualTo(first);
        assertThat(Camps.of(connections)).isEqualTo(Camps.of(connections));
    }

    @Test
    void relocation_repairs_a_split_that_leaves_friends_apart() {
        // a path of friends a-b-c-d-e, one enemy pair a-e: every split leaves one side against it
        SignedGraph g = SignedGraph.of(
                List.of(signed(A, B, 1), signed(B, C, 1), signed(C, D, 1), signed(D, E, 1), signed(A, E, -1)));
        boolean[] second = {false, true, false, true, false};

        CampSplit.relocate(g, second);

        assertThat(g.frustrated(second)).isEqualTo(1);
    }

    @Test
    void two_interactions_between_the_same_actors_are_refused() {
        assertThatThrownBy(() -> Camps.of(List.of(signed(A, B, 1), signed(B, A, -1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two connections join");
    }
}
