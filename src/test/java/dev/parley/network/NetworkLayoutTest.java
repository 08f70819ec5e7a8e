package dev.parley.network;

import static dev.parley.network.NetworkFixture.FINN;
import static dev.parley.network.NetworkFixture.YEAR_2024;
import static dev.parley.network.NetworkFixture.network;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.TimeWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

    @Test
    void the_same_data_and_filter_give_the_same_positions() {
        Map<ActorId, Point> first = network(TimeWindow.all()).layout();
        Map<ActorId, Point> second = network(TimeWindow.all()).layout();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void every_position_is_finite_and_inside_the_box() {
        for (ActorNetwork network : List.of(
                network(TimeWindow.all()),
                network(YEAR_2024),
                ActorNetwork.of(synthetic(300, 1_000, 1), EventFilter.all()))) {
            assertThat(network.layout().keySet()).containsExactlyElementsOf(network.actors());
            assertThat(network.layout().values()).allSatisfy(NetworkLayoutTest::assertInsideBox);
        }
    }

    @Test
    void separate_groups_stay_inside_the_box_and_do_not_collapse_onto_each_other() {
        ActorNetwork network = network(YEAR_2024);

        assertThat(new HashSet<>(network.layout().values())).hasSameSizeAs(network.actors());
        double spreadX = network.layout().values().stream()
                        .mapToDouble(Point::x)
                        .max()
                        .orElseThrow()
                - network.layout().values().stream().mapToDouble(Point::x).min().orElseThrow();
        double spreadY = network.layout().values().stream()
                        .mapToDouble(Point::y)
                        .max()
                        .orElseThrow()
                - network.layout().values().stream().mapToDouble(Point::y).min().orElseThrow();
        assertThat(Math.max(spreadX, spreadY)).as("the layout fills the box").isCloseTo(1000.0, within(1e-6));
    }

    @Test
    void actors_without_connections_sit_on_a_ring_around_the_others() {
        ActorNetwork persons = network(EventFilter.all().withActorKinds(Set.of(ActorKind.PERSON)));

        Point finn = persons.layout(FINN);
        assertThat(Math.hypot(finn.x() - 500, finn.y() - 500)).isCloseTo(490.0, within(1e-9));
        assertThat(finn.x()).as("the first isolated actor sits at the top").isCloseTo(500.0, within(1e-9));
        assertThat(finn.y()).isCloseTo(10.0, within(1e-9));
        for (ActorId other : List.of(NetworkFixture.ANNA, NetworkFixture.BORIS, NetworkFixture.CARLA)) {
            Point p = persons.layout(other);
            assertThat(Math.abs(p.x() - 500)).isLessThanOrEqualTo(340.0 + 1e-9);
            assertThat(Math.abs(p.y() - 500)).isLessThanOrEqualTo(340.0 + 1e-9);
        }
    }

    @Test
    void a_large_network_is_laid_out_inside_the_box_with_every_actor_at_its_own_position() {
        // Speed at this size is measured by the benchmark (docs/performance.md), not here.
        Dataset dataset = synthetic(2_000, 10_000, 3);
        ActorNetwork network = ActorNetwork.of(dataset, EventFilter.all());

        var positions = network.layout();

        assertThat(positions).hasSize(network.actors().size());
        positions.values().forEach(p -> {
            assertThat(p.x()).isNotNaN();
            assertThat(p.y()).isNotNaN();
            assertInsideBox(p);
        });
        assertThat(Set.copyOf(positions.values())).hasSameSizeAs(positions.values());
        assertThat(network.communityCount()).isPositive();
        assertThat(network.ranking(Metric.PAGERANK)).hasSize(network.actors().size());
    }

    private static void assertInsideBox(Point p) {
        assertThat(p.x()).isBetween(0.0, 1000.0);
        assertThat(p.y()).isBetween(0.0, 1000.0);
    }

    /**
     * Random but seeded data: {@code actorCount} actors, {@code eventCount} events of two or three participants
     * drawn with a bias towards low-numbered actors (a few busy actors, many occasional ones).
     */
    static Dataset synthetic(int actorCount, int eventCount, long seed) {
        Random random = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            actors.add(new Actor(
                    ActorId.of("actor-" + i),
                    "Actor " + i,
                    ActorKind.values()[i % 4],
                    List.of(),
                    Optional.empty(),
                    List.of()));
        }
        Article article = new Article(
                ArticleId.of("synthetic"),
                "Synthetic",
                "Test",
                Optional.empty(),
                PartialDate.ofYear(2020),
                Optional.empty(),
                "articles/synthetic.yaml");
        List<Event> events = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < eventCount; i++) {
            int size = 2 + random.nextInt(2);
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < size) {
                double u = random.nextDouble();
                chosen.add((int) (actorCount * u * u));
            }
            List<Participant> participants = new ArrayList<>();
            ParticipantRole role = ParticipantRole.INITIATOR;
            for (int actor : chosen) {
                participants.add(new Participant(ActorId.of("actor-" + actor), role));
                role = ParticipantRole.RECIPIENT;
            }
            events.add(new Event(
                    EventId.of("event-" + i),
                    article.id(),
                    PartialDate.ofDay(day.plusDays(i % 1500)),
                    Optional.empty(),
                    "Event " + i,
                    EventType.CONSULT,
                    Optional.empty(),
                    Optional.empty(),
                    participants,
                    List.of()));
        }
        return new Dataset(actors, List.of(article), events);
    }
}
