package dev.parley.network;

import static dev.parley.network.NetworkFixture.ANNA;
import static dev.parley.network.NetworkFixture.BORIS;
import static dev.parley.network.NetworkFixture.CARLA;
import static dev.parley.network.NetworkFixture.DATASET;
import static dev.parley.network.NetworkFixture.DELTA;
import static dev.parley.network.NetworkFixture.EAST;
import static dev.parley.network.NetworkFixture.FINN;
import static dev.parley.network.NetworkFixture.GIL;
import static dev.parley.network.NetworkFixture.NORTH;
import static dev.parley.network.NetworkFixture.SOUTH;
import static dev.parley.network.NetworkFixture.YEAR_2024;
import static dev.parley.network.NetworkFixture.network;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The network rules and metrics on the invented fixture, against values computed by hand.
 *
 * <p>In 2024 the fixture gives this network (weights in brackets, arrows for initiator to recipient; north-land is
 * there only through the roles of Archer and Bell, and Ford is also East Land's president):
 * <pre>
 *            north-land                                delta-union
 *            /        \                                 /       \
 *   anna-archer --[2]-- boris-bell --[1]-- carla-cruz   east-land --[1]-- finn-ford
 *            (call: A->B)        (accusation: C->B)     (delta->east [1], delta--finn [1])
 * </pre>
 * Over all time, 2022 adds carla--delta (year-only date) and 2023 adds anna--east-land and two more anna--boris events
 * on the same day, one each way.
 */
class ActorNetworkTest {
    private static final Offset<Double> EXACT = within(1e-9);
    private static final Offset<Double> ITERATED = within(1e-7);

    private static EventId event(String id) {
        return EventId.of(id);
    }

    @Nested
    class EdgeCases {
        @Test
        void an_empty_dataset_gives_an_empty_network() {
            ActorNetwork network = ActorNetwork.of(Dataset.empty(), EventFilter.all());

            assertThat(network.isEmpty()).isTrue();
            assertThat(network.actors()).isEmpty();
            assertThat(network.connections()).isEmpty();
            assertThat(network.communityCount()).isZero();
            assertThat(network.layout()).isEmpty();
            assertThat(network.ranking(Metric.PAGERANK)).isEmpty();
            assertThat(network.paths(ANNA, BORIS, 3)).isEmpty();
        }

        @Test
        void an_event_whose_actors_are_all_only_mentioned_adds_no_one() {
            Event talk = new Event(
                    EventId.of("talk"),
                    ArticleId.of("a"),
                    PartialDate.ofYear(2022),
                    Optional.empty(),
                    "Talk about others",
                    EventType.STATEMENT,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(
                            new Participant(ANNA, ParticipantRole.MENTIONED),
                            new Participant(BORIS, ParticipantRole.MENTIONED)),
                    List.of());
            Dataset dataset = new Dataset(DATASET.actors(), DATASET.articles(), List.of(talk));

            assertThat(ActorNetwork.of(dataset, EventFilter.all()).isEmpty()).isTrue();
        }

        @Test
        void a_window_with_one_lone_actor_gives_one_unconnected_vertex_in_the_centre() {
            ActorNetwork network = network(new TimeWindow(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30)));

            assertThat(network.actors()).containsExactly(CARLA);
            assertThat(network.connections()).isEmpty();
            assertThat(network.metric(Metric.DEGREE, CARLA)).isZero();
            assertThat(network.metric(Metric.BETWEENNESS, CARLA)).isZero();
            assertThat(network.metric(Metric.CLOSENESS, CARLA)).isZero();
            assertThat(network.metric(Metric.PAGERANK, CARLA)).isCloseTo(1.0, EXACT);
            assertThat(network.rank(Metric.DEGREE, CARLA)).isEqualTo(1);
            assertThat(network.community(CARLA)).isZero();
            assertThat(network.communityCount()).isEqualTo(1);
            assertThat(network.layout(CARLA)).isEqualTo(new Point(500, 500));
        }

        @Test
        void an_actor_without_events_is_not_in_the_network() {
            ActorNetwork network = network(TimeWindow.all());

            assertThat(network.contains(GIL)).isFalse();
            assertThat(network.connectionsOf(GIL)).isEmpty();
            assertThat(network.neighbours(GIL)).isEmpty();
            assertThat(network.connection(GIL, ANNA)).isEmpty();
            assertThat(network.paths(GIL, ANNA, 3)).isEmpty();
            assertThatThrownBy(() -> network.metric(Metric.DEGREE, GIL)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> network.layout(GIL)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void events_on_the_same_day_are_listed_newest_first_then_by_id_descending() {
            Connection annaBoris =
                    network(TimeWindow.all()).connection(ANNA, BORIS).orElseThrow();

            assertThat(annaBoris.events())
                    .containsExactly(
                            event("net-2024-agreement"),
                            event("net-2024-call"),
                            event("net-2023-threat"),
                            event("net-2023-reply"));
            assertThat(annaBoris.first()).contains(PartialDate.parse("2023-02-01"));
            assertThat(annaBoris.last()).contains(PartialDate.parse("2024-05"));
        }

        @Test
        void a_year_only_event_lies_inside_a_window_of_one_month_of_that_year() {
            ActorNetwork june2022 = network(new TimeWindow(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30)));

            assertThat(june2022.actors()).containsExactly(CARLA, DELTA);
            Connection connection = june2022.connection(DELTA, CARLA).orElseThrow();
            assertThat(connection.weight()).isEqualTo(1);
            assertThat(connection.first()).contains(PartialDate.ofYear(2022));
            assertThat(connection.last()).contains(PartialDate.ofYear(2022));
        }
    }

    @Nested
    class Structure {
        private final ActorNetwork network = network(YEAR_2024);

        @Test
        void vertices_are_the_participants_and_the_actors_whose_roles_they_hold() {
            assertThat(network.participants()).containsExactly(ANNA, BORIS, CARLA, DELTA, EAST, FINN);
            assertThat(network.actors()).containsExactly(ANNA, BORIS, CARLA, DELTA, EAST, FINN, NORTH);
        }

        @Test
        void interaction_weights_count_shared_events_and_directions_count_initiator_to_recipient() {
            Connection annaBoris = network.connection(BORIS, ANNA).orElseThrow();
            assertThat(annaBoris.a()).isEqualTo(ANNA);
            assertThat(annaBoris.b()).isEqualTo(BORIS);
            assertThat(annaBoris.kind()).isEqualTo(ConnectionKind.INTERACTION);
            assertThat(annaBoris.weight()).isEqualTo(2);
            assertThat(annaBoris.aToB()).isEqualTo(1);
            assertThat(annaBoris.bToA()).isZero();
            assertThat(annaBoris.direction()).isEqualTo(Direction.A_TO_B);
            assertThat(annaBoris.events()).containsExactly(event("net-2024-agreement"), event("net-2024-call"));

            Connection borisCarla = network.connection(BORIS, CARLA).orElseThrow();
            assertThat(borisCarla.weight()).isEqualTo(1);
            assertThat(borisCarla.direction()).isEqualTo(Direction.B_TO_A);

            assertThat(network.connection(DELTA, EAST).orElseThrow().direction())
                    .isEqualTo(Direction.A_TO_B);
            assertThat(network.connection(DELTA, FINN).orElseThrow().direction())
                    .isEqualTo(Direction.NONE);
            assertThat(network.connection(EAST, FINN).orElseThrow().weight()).isEqualTo(1);
        }

        @Test
        void a_mentioned_actor_gets_no_connection() {
            assertThat(network.connection(ANNA, CARLA)).isEmpty();
        }

        @Test
        void roles_give_affiliation_connections_when_their_period_overlaps_the_window() {
            List<Connection> affiliations = network.connections().stream()
                    .filter(c -> c.kind() == ConnectionKind.AFFILIATION)
                    .toList();

            assertThat(affiliations)
                    .extracting(Connection::a, Connection::b, c -> c.roleTitle().orElseThrow())
                    .containsExactly(
                            tuple(ANNA, NORTH, "Foreign Minister"),
                            tuple(BORIS, NORTH, "Special Envoy"),
                            tuple(FINN, EAST, "President"));
            assertThat(affiliations).allSatisfy(c -> {
                assertThat(c.weight()).isZero();
                assertThat(c.direction()).isEqualTo(Direction.NONE);
                assertThat(c.first()).isEmpty();
            });
            assertThat(network.contains(SOUTH))
                    .as("Cruz was ambassador only until 2015")
                    .isFalse();
        }

        @Test
        void a_pair_with_both_kinds_answers_with_the_interaction() {
            assertThat(network.connection(FINN, EAST).orElseThrow().kind()).isEqualTo(ConnectionKind.INTERACTION);
            assertThat(network.connections())
                    .filteredOn(c -> c.involves(FINN) && c.involves(EAST))
                    .hasSize(2);
            assertThat(network.connection(NORTH, ANNA).orElseThrow().kind()).isEqualTo(ConnectionKind.AFFILIATION);
        }

        @Test
        void a_lookup_by_kind_finds_the_interaction_and_the_affiliation_of_one_pair_separately_in_either_order() {
            Connection interaction =
                    network.connection(EAST, FINN, ConnectionKind.INTERACTION).orElseThrow();
            Connection affiliation =
                    network.connection(EAST, FINN, ConnectionKind.AFFILIATION).orElseThrow();

            assertThat(interaction.kind()).isEqualTo(ConnectionKind.INTERACTION);
            assertThat(interaction.weight()).isEqualTo(1);
            assertThat(affiliation.kind()).isEqualTo(ConnectionKind.AFFILIATION);
            assertThat(affiliation.roleTitle()).contains("President");
            assertThat(network.connection(FINN, EAST, ConnectionKind.INTERACTION))
                    .containsSame(interaction);
            assertThat(network.connection(FINN, EAST, ConnectionKind.AFFILIATION))
                    .containsSame(affiliation);
            assertThat(network.connections())
                    .filteredOn(c -> c.involves(FINN) && c.involves(EAST))
                    .containsExactlyInAnyOrder(interaction, affiliation);
        }

        @Test
        void a_lookup_by_kind_is_empty_for_a_kind_the_pair_lacks_or_an_actor_outside_the_network() {
            assertThat(network.connection(ANNA, NORTH, ConnectionKind.INTERACTION))
                    .isEmpty();
            assertThat(network.connection(ANNA, BORIS, ConnectionKind.AFFILIATION))
                    .isEmpty();
            assertThat(network.connection(ANNA, GIL, ConnectionKind.INTERACTION))
                    .isEmpty();
        }

        @Test
        void connections_of_an_actor_come_strongest_first_then_newest_then_by_the_other_actor() {
            assertThat(network.connectionsOf(BORIS))
                    .extracting(c -> c.other(BORIS))
                    .containsExactly(ANNA, CARLA, NORTH);
            assertThat(network.connectionsOf(EAST))
                    .extracting(c -> c.other(EAST), Connection::kind)
                    .containsExactly(
                            tuple(DELTA, ConnectionKind.INTERACTION),
                            tuple(FINN, ConnectionKind.INTERACTION),
                            tuple(FINN, ConnectionKind.AFFILIATION));
            assertThat(network.neighbours(BORIS)).containsExactly(ANNA, CARLA, NORTH);
        }

        @Test
        void events_of_a_connection_resolve_newest_first() {
            List<Event> events =
                    network.eventsOf(network.connection(ANNA, BORIS).orElseThrow());

            assertThat(events).extracting(Event::title).containsExactly("Archer and Bell agree", "Archer calls Bell");
        }

        @Test
        void both_directions_over_all_time() {
            Connection annaBoris =
                    network(TimeWindow.all()).connection(ANNA, BORIS).orElseThrow();

            assertThat(annaBoris.weight()).isEqualTo(4);
            assertThat(annaBoris.aToB()).isEqualTo(2);
            assertThat(annaBoris.bToA()).isEqualTo(1);
            assertThat(annaBoris.direction()).isEqualTo(Direction.BOTH);
        }
    }

    /**
     * Metrics in 2024, by hand. The interaction graph has n = 6 vertices: the path anna -[2]- boris -[1]- carla and
     * the triangle delta, east, finn (weights 1). north-land has no interaction: 0 everywhere, ranked last (7).
     */
    @Nested
    class Metrics {
        private final ActorNetwork network = network(YEAR_2024);

        @Test
        void degree_counts_distinct_interaction_partners_and_ties_share_the_best_rank() {
            // anna 1, boris 2, carla 1, delta/east/finn 2 (finn's affiliation to east does not count).
            assertThat(network.metric(Metric.DEGREE, BORIS)).isEqualTo(2.0);
            assertThat(network.metric(Metric.DEGREE, FINN)).isEqualTo(2.0);
            assertThat(network.metric(Metric.DEGREE, ANNA)).isEqualTo(1.0);
            assertThat(network.metric(Metric.DEGREE, NORTH)).isZero();
            assertThat(network.ranking(Metric.DEGREE)).containsExactly(BORIS, DELTA, EAST, FINN, ANNA, CARLA, NORTH);
            assertThat(network.rank(Metric.DEGREE, BORIS)).isEqualTo(1);
            assertThat(network.rank(Metric.DEGREE, FINN)).isEqualTo(1);
            assertThat(network.rank(Metric.DEGREE, ANNA)).isEqualTo(5);
            assertThat(network.rank(Metric.DEGREE, CARLA)).isEqualTo(5);
            assertThat(network.rank(Metric.DEGREE, NORTH)).isEqualTo(7);
        }

        @Test
        void weighted_degree_sums_shared_events() {
            // anna 2, boris 2 + 1 = 3, carla 1, delta/east/finn 1 + 1 = 2.
            assertThat(network.metric(Metric.WEIGHTED_DEGREE, BORIS)).isEqualTo(3.0);
            assertThat(network.metric(Metric.WEIGHTED_DEGREE, ANNA)).isEqualTo(2.0);
            assertThat(network.metric(Metric.WEIGHTED_DEGREE, CARLA)).isEqualTo(1.0);
            assertThat(network.ranking(Metric.WEIGHTED_DEGREE))
                    .containsExactly(BORIS, ANNA, DELTA, EAST, FINN, CARLA, NORTH);
            assertThat(network.rank(Metric.WEIGHTED_DEGREE, FINN)).isEqualTo(2);
            assertThat(network.rank(Metric.WEIGHTED_DEGREE, CARLA)).isEqualTo(6);
        }

        @Test
        void betweenness_is_the_share_of_pairs_of_other_actors_whose_shortest_route_runs_through_the_actor() {
            // Only boris lies between two others (anna and carla): 1 pair of (n-1)(n-2)/2 = 5 * 4 / 2 = 10 -> 0.1.
            // In the triangle every pair is adjacent, so no one lies between.
            assertThat(network.metric(Metric.BETWEENNESS, BORIS)).isCloseTo(0.1, EXACT);
            for (ActorId other : List.of(ANNA, CARLA, DELTA, EAST, FINN, NORTH)) {
                assertThat(network.metric(Metric.BETWEENNESS, other))
                        .as("%s", other)
                        .isZero();
            }
            assertThat(network.rank(Metric.BETWEENNESS, ANNA)).isEqualTo(2);
            assertThat(network.rank(Metric.BETWEENNESS, NORTH)).isEqualTo(7);
        }

        @Test
        void closeness_is_harmonic_so_a_disconnected_network_still_tells_actors_apart() {
            // Harmonic closeness: sum of 1 / hops to every other actor (unreachable: 0), divided by n - 1 = 5.
            // anna: 1/1 (boris) + 1/2 (carla) = 1.5 -> 0.3; boris: 1 + 1 = 2 -> 0.4; carla like anna: 0.3;
            // delta, east, finn: 1 + 1 = 2 -> 0.4.
            assertThat(network.metric(Metric.CLOSENESS, ANNA)).isCloseTo(0.3, EXACT);
            assertThat(network.metric(Metric.CLOSENESS, BORIS)).isCloseTo(0.4, EXACT);
            assertThat(network.metric(Metric.CLOSENESS, CARLA)).isCloseTo(0.3, EXACT);
            assertThat(network.metric(Metric.CLOSENESS, EAST)).isCloseTo(0.4, EXACT);
            assertThat(network.metric(Metric.CLOSENESS, NORTH)).isZero();
            assertThat(network.rank(Metric.CLOSENESS, FINN)).isEqualTo(1);
            assertThat(network.rank(Metric.CLOSENESS, ANNA)).isEqualTo(5);
        }

        @Test
        void pagerank_follows_edges_in_proportion_to_their_weight() {
            // PR(v) = (1 - d) / n + d * sum over neighbours u of PR(u) * w(u, v) / W(u), d = 0.85, n = 6, so the
            // teleport term is 0.15 / 6 = 1/40. No vertex is dangling.
            // Triangle: by symmetry x = 1/40 + 0.85 x, so x = 1/6 each.
            // Path: anna and carla pass everything to boris; boris passes 2/3 to anna, 1/3 to carla.
            //   b = 1/40 + 0.85 (a + c) and a + c = 2/40 + 0.85 b  =>  b = 0.0675 / 0.2775 = 9/37
            //   a = 1/40 + 0.85 * 2/3 * 9/37 = 241/1480,  c = 1/40 + 0.85 * 1/3 * 9/37 = 139/1480
            //   check: a + b + c + 3 * 1/6 = 380/1480 + 360/1480 + 1/2 = 1.
            assertThat(network.metric(Metric.PAGERANK, BORIS)).isCloseTo(9.0 / 37, ITERATED);
            assertThat(network.metric(Metric.PAGERANK, ANNA)).isCloseTo(241.0 / 1480, ITERATED);
            assertThat(network.metric(Metric.PAGERANK, CARLA)).isCloseTo(139.0 / 1480, ITERATED);
            for (ActorId v : List.of(DELTA, EAST, FINN)) {
                assertThat(network.metric(Metric.PAGERANK, v)).isCloseTo(1.0 / 6, ITERATED);
            }
            assertThat(network.metric(Metric.PAGERANK, NORTH)).isZero();
            assertThat(network.ranking(Metric.PAGERANK)).containsExactly(BORIS, DELTA, EAST, FINN, ANNA, CARLA, NORTH);
        }

        @Test
        void every_metric_ranks_every_actor() {
            for (Metric metric : Metric.values()) {
                assertThat(network.ranking(metric))
                        .as("%s", metric)
                        .containsExactlyInAnyOrderElementsOf(network.actors());
                assertThat(metric.label()).isNotBlank();
                assertThat(metric.explanation()).endsWith(".");
            }
        }
    }

    @Nested
    class CommunitiesAndPaths {
        @Test
        void communities_never_join_separate_groups_and_are_numbered_largest_first() {
            ActorNetwork network = network(YEAR_2024);

            // anna, boris, carla and (through the roles) north-land: 4; the triangle: 3.
            assertThat(network.communityCount()).isEqualTo(2);
            for (ActorId v : List.of(ANNA, BORIS, CARLA, NORTH)) {
                assertThat(network.community(v)).as("%s", v).isZero();
            }
            for (ActorId v : List.of(DELTA, EAST, FINN)) {
                assertThat(network.community(v)).as("%s", v).isEqualTo(1);
            }
        }

        @Test
        void the_k_shortest_paths_come_shortest_first_then_best_documented() {
            // Over all time: anna-east-delta (2 hops); anna-boris-carla-delta (3 hops, weights 4 + 1 + 1 = 6);
            // anna-east-finn-delta (3 hops, weights 1 + 1 + 1 = 3). There are no other simple paths.
            ActorNetwork network = network(TimeWindow.all());

            List<ActorPath> paths = network.paths(ANNA, DELTA, 3);

            assertThat(paths)
                    .extracting(ActorPath::actors)
                    .containsExactly(
                            List.of(ANNA, EAST, DELTA),
                            List.of(ANNA, BORIS, CARLA, DELTA),
                            List.of(ANNA, EAST, FINN, DELTA));
            ActorPath shortest = paths.getFirst();
            assertThat(shortest.hops())
                    .extracting(h -> h.via().events())
                    .containsExactly(List.of(event("net-2023-sanction")), List.of(event("net-2024-summit")));
            assertThat(shortest.hops().get(1).from()).isEqualTo(EAST);
            assertThat(shortest.hops().get(1).to()).isEqualTo(DELTA);
            assertThat(network.paths(ANNA, DELTA, 2))
                    .extracting(ActorPath::actors)
                    .containsExactly(List.of(ANNA, EAST, DELTA), List.of(ANNA, BORIS, CARLA, DELTA));
            assertThat(network.paths(ANNA, DELTA, 10)).hasSize(3);
        }

        @Test
        void there_is_no_path_between_unconnected_actors_or_through_affiliations_only() {
            ActorNetwork network = network(YEAR_2024);

            assertThat(network.paths(ANNA, DELTA, 3)).isEmpty();
            assertThat(network.paths(ANNA, NORTH, 3)).isEmpty();
            assertThat(network.paths(ANNA, ANNA, 3)).isEmpty();
            assertThatThrownBy(() -> network.paths(ANNA, BORIS, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Filters {
        @Test
        void a_window_that_excludes_events_removes_their_actors_and_connections() {
            ActorNetwork secondHalf = network(new TimeWindow(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31)));

            assertThat(secondHalf.participants()).containsExactly(DELTA, EAST, FINN);
            assertThat(secondHalf.actors()).doesNotContain(ANNA, BORIS, CARLA, NORTH);
            assertThat(secondHalf.connections())
                    .extracting(Connection::toString)
                    .containsExactly(
                            "delta-union -- east-land (1)",
                            "delta-union -- finn-ford (1)",
                            "east-land -- finn-ford (1)",
                            "finn-ford -> east-land (President)");
        }

        @Test
        void an_event_class_filter_keeps_only_events_of_that_class() {
            ActorNetwork network = network(EventFilter.all().withClasses(Set.of(EventClass.VERBAL_COOPERATION)));

            assertThat(network.participants()).containsExactly(ANNA, BORIS, DELTA, EAST, FINN);
            assertThat(network.connection(ANNA, BORIS).orElseThrow().events())
                    .containsExactly(event("net-2024-agreement"), event("net-2024-call"));
        }

        @Test
        void an_event_type_filter_keeps_only_events_of_that_type() {
            ActorNetwork network = network(EventFilter.all().withTypes(Set.of(EventType.ACCUSE)));

            assertThat(network.participants()).containsExactly(BORIS, CARLA);
            // Over all time Cruz's old ambassador role counts too.
            assertThat(network.actors()).containsExactly(BORIS, CARLA, NORTH, SOUTH);
        }

        @Test
        void an_actor_kind_filter_keeps_only_actors_of_that_kind_in_the_network() {
            ActorNetwork persons = network(EventFilter.all().withActorKinds(Set.of(ActorKind.PERSON)));

            assertThat(persons.actors()).containsExactly(ANNA, BORIS, CARLA, FINN);
            assertThat(persons.connections())
                    .extracting(Connection::toString)
                    .containsExactly("anna-archer -- boris-bell (4)", "boris-bell -- carla-cruz (1)");
            assertThat(persons.connectionsOf(FINN)).isEmpty();

            ActorNetwork states = network(EventFilter.all().withActorKinds(Set.of(ActorKind.STATE)));
            assertThat(states.actors()).containsExactly(EAST);
            assertThat(states.connections()).isEmpty();
        }

        @Test
        void the_network_keeps_the_dataset_and_filter_it_was_built_from() {
            EventFilter filter = EventFilter.all().withWindow(YEAR_2024);
            ActorNetwork network = network(filter);

            assertThat(network.dataset()).isSameAs(DATASET);
            assertThat(network.filter()).isEqualTo(filter);
            assertThat(network.connection(ANNA, BORIS).orElseThrow().last()).contains(PartialDate.parse("2024-05"));
        }
    }
}
