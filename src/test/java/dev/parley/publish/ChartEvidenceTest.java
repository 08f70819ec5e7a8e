package dev.parley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chart.ShownChart;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.network.ui.NetworkOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartEvidenceTest {
    private final Dataset fixture = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/valid"))
            .dataset()
            .orElseThrow();

    private ShownChart network() {
        ActorNetwork network = ActorNetwork.of(fixture, EventFilter.all().withWindow(TimeWindow.covering(fixture)));
        return new ShownChart(
                NetworkOptions.prepare(network, fixture, Metric.DEGREE, NodeColouring.KIND, LinkColouring.KIND)
                        .option(),
                List.of(),
                Optional.empty(),
                List.of());
    }

    private List<String> titles(Evidence evidence, String item) {
        return evidence.items().get(item).events().stream()
                .map(i -> evidence.events().get(i).title())
                .toList();
    }

    @Test
    void an_actor_lists_the_shown_events_it_takes_part_in_in_time_order() {
        Evidence evidence = ChartEvidence.of(network(), fixture.events(), fixture);

        assertThat(evidence.items().get("a:vladimir-putin").label()).isEqualTo("Vladimir Putin");
        assertThat(titles(evidence, "a:vladimir-putin"))
                .containsExactly("Trump and Putin speak by phone", "New sanctions on Russian banks");
    }

    @Test
    void a_link_lists_the_events_of_both_its_actors_with_their_quotes_and_sources() {
        Evidence evidence = ChartEvidence.of(network(), fixture.events(), fixture);

        String link = evidence.items().keySet().stream()
                .filter(id -> id.startsWith("l:") && id.contains("donald-trump") && id.contains("vladimir-putin"))
                .findFirst()
                .orElseThrow();
        assertThat(titles(evidence, link)).containsExactly("Trump and Putin speak by phone");
        PublishedEvent call =
                evidence.events().get(evidence.items().get(link).events().getFirst());
        assertThat(call.quotes())
                .contains(new PublishedQuote("We agreed to work together, very closely.", "Donald Trump"));
        assertThat(call.url()).isEqualTo("https://example.org/2025/02/12/phone-call");
        assertThat(call.date()).isEqualTo("12 February 2025");
    }

    @Test
    void events_the_view_does_not_show_are_not_inside() {
        List<Event> from2025 = fixture.events().stream()
                .filter(e -> !e.firstDay().isBefore(LocalDate.of(2025, 1, 1)))
                .toList();

        Evidence evidence = ChartEvidence.of(network(), from2025, fixture);

        assertThat(evidence.events()).extracting(PublishedEvent::title).doesNotContain("Russia invades");
        assertThat(evidence.events()).hasSize(from2025.size());
        assertThat(evidence.items()).allSatisfy((id, item) -> assertThat(id).matches("[al]:.*"));
    }
}
