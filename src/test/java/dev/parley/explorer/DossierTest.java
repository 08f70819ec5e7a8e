package dev.parley.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Metric;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an actor's printed dossier lists, and in which order, on the fixture of src/test/resources/fixtures/valid: the
 * United States takes part in five events (2022 to March 2025), shares three with Zelensky and two with Russia, and
 * Trump holds one of its roles.
 */
class DossierTest {
    private static final Dataset DATASET = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/valid"))
            .dataset()
            .orElseThrow();
    private static final ActorId US = ActorId.of("united-states");

    private static Actor actor(String id) {
        return DATASET.actor(ActorId.of(id)).orElseThrow();
    }

    private static Dossier dossier(String id, EventFilter filter) {
        return Dossier.of(actor(id), ActorNetwork.of(DATASET, filter));
    }

    private static List<String> eventIds(Dossier d) {
        return d.events().stream().map(Event::id).map(EventId::value).toList();
    }

    @Test
    void the_events_are_the_actors_own_in_the_filter_newest_first() {
        Dossier d = dossier("united-states", EventFilter.all());

        assertThat(eventIds(d))
                .containsExactlyInAnyOrderElementsOf(
                        DATASET.eventsOf(US).stream().map(e -> e.id().value()).toList())
                .hasSize(5);
        assertThat(eventIds(d)).containsSubsequence("fixture-sanctions", "fixture-talks");
        assertThat(eventIds(d))
                .endsWith("fixture-month-aid", "fixture-year-only-accusation")
                .doesNotContain("fixture-invasion", "fixture-phone-call");
        for (int i = 1; i < d.events().size(); i++) {
            assertThat(d.events().get(i - 1).date())
                    .isGreaterThanOrEqualTo(d.events().get(i).date());
        }
    }

    @Test
    void the_window_and_the_class_filter_bound_the_events_as_in_the_explorer() {
        EventFilter y2025 =
                EventFilter.all().withWindow(new TimeWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(eventIds(dossier("united-states", y2025)))
                .containsExactlyInAnyOrder("fixture-sanctions", "fixture-talks", "fixture-month-request");

        EventFilter conflict = EventFilter.all().withClasses(Set.of(EventClass.MATERIAL_CONFLICT));
        Dossier d = dossier("united-states", conflict);
        assertThat(eventIds(d)).containsExactly("fixture-sanctions");
        assertThat(d.events())
                .allSatisfy(e -> assertThat(conflict.matches(e, DATASET)).isTrue());
    }

    @Test
    void the_connections_are_all_of_the_networks_strongest_first_roles_included() {
        ActorNetwork network = ActorNetwork.of(DATASET, EventFilter.all());
        Dossier d = Dossier.of(actor("united-states"), network);

        assertThat(d.connections()).containsExactlyElementsOf(network.connectionsOf(US));
        Connection strongest = d.connections().getFirst();
        assertThat(strongest.other(US)).isEqualTo(ActorId.of("volodymyr-zelensky"));
        assertThat(strongest.weight()).isEqualTo(3);
        for (int i = 1; i < d.connections().size(); i++) {
            assertThat(d.connections().get(i - 1).weight())
                    .isGreaterThanOrEqualTo(d.connections().get(i).weight());
        }
        assertThat(d.connections())
                .filteredOn(c -> c.kind() == ConnectionKind.AFFILIATION)
                .extracting(c -> c.other(US))
                .containsExactly(ActorId.of("donald-trump"));
        assertThat(d.connections())
                .filteredOn(c -> c.other(US).equals(ActorId.of("russia")))
                .singleElement()
                .satisfies(c -> assertThat(c.tone().mean()).isPresent());
    }

    @Test
    void every_metric_is_listed_in_order_with_the_networks_value_and_rank() {
        ActorNetwork network = ActorNetwork.of(DATASET, EventFilter.all());
        Dossier d = Dossier.of(actor("united-states"), network);

        assertThat(d.inNetwork()).isTrue();
        assertThat(d.networkSize()).isEqualTo(network.actors().size());
        assertThat(d.metrics()).extracting(Dossier.MetricLine::metric).containsExactly(Metric.values());
        for (Dossier.MetricLine m : d.metrics()) {
            assertThat(m.value()).isEqualTo(network.metric(m.metric(), US));
            assertThat(m.rank()).isEqualTo(network.rank(m.metric(), US)).isBetween(1, d.networkSize());
        }
    }

    @Test
    void an_actor_outside_the_network_of_the_filter_has_no_metrics_connections_or_events() {
        Dossier d = dossier("united-nations", EventFilter.all());

        assertThat(d.inNetwork()).isFalse();
        assertThat(d.metrics()).isEmpty();
        assertThat(d.connections()).isEmpty();
        assertThat(d.events()).isEmpty();
        assertThat(d.actor().name()).isEqualTo("United Nations");
    }
}
