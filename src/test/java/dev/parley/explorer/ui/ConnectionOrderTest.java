package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Tone;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The orders of an actor's connections in the side panel, over a list given strongest first. */
class ConnectionOrderTest {
    private static final ActorId SELF = ActorId.of("aaa");

    private static final Connection ALLY = interaction("ally", 5, 2, 8.0);
    private static final Connection RIVAL = interaction("rival", 4, 3, -15.0);
    private static final Connection UNSCORED = interaction("unscored", 3, 0, 0);
    private static final Connection FRIEND = interaction("friend", 2, 1, 4.0);
    private static final Connection FOE = interaction("foe", 1, 1, -5.0);
    private static final Connection ROLE = new Connection(
            SELF,
            ActorId.of("zzz-ministry"),
            ConnectionKind.AFFILIATION,
            0,
            0,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("Minister"),
            Tone.NONE);
    private static final List<Connection> STRONGEST_FIRST = List.of(ALLY, RIVAL, UNSCORED, FRIEND, FOE, ROLE);

    @Test
    void by_strength_the_list_stays_as_the_network_orders_it() {
        assertThat(ConnectionOrder.STRENGTH.sort(STRONGEST_FIRST)).containsExactlyElementsOf(STRONGEST_FIRST);
    }

    @Test
    void most_cooperative_first_puts_the_highest_mean_first_and_the_unscored_last_in_order_of_strength() {
        // means: ally +4, friend +4, foe -5, rival -5; friend and ally tie, as do foe and rival
        assertThat(ConnectionOrder.COOPERATIVE.sort(STRONGEST_FIRST))
                .containsExactly(ALLY, FRIEND, RIVAL, FOE, UNSCORED, ROLE);
    }

    @Test
    void most_conflictual_first_puts_the_lowest_mean_first_and_the_unscored_last_in_order_of_strength() {
        assertThat(ConnectionOrder.CONFLICTUAL.sort(STRONGEST_FIRST))
                .containsExactly(RIVAL, FOE, ALLY, FRIEND, UNSCORED, ROLE);
    }

    @Test
    void an_empty_list_stays_empty() {
        for (ConnectionOrder order : ConnectionOrder.values()) {
            assertThat(order.sort(List.of())).isEmpty();
        }
    }

    private static Connection interaction(String other, int events, int scored, double scoreSum) {
        return new Connection(
                SELF,
                ActorId.of(other),
                ConnectionKind.INTERACTION,
                0,
                0,
                IntStream.range(0, events)
                        .mapToObj(i -> EventId.of(other + "-" + i))
                        .toList(),
                Optional.of(PartialDate.parse("2024-01-01")),
                Optional.of(PartialDate.parse("2024-02-01")),
                Optional.empty(),
                new Tone(scored, scoreSum, Map.of(EventClass.NEUTRAL, events)));
    }
}
