package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.testing.BrowserTest;
import dev.parley.timeline.EmptyStretches;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The compressed time scale on data with a long stretch without events (the test data: 2022, January 2023, then
 * 2025): the stretch is cut out, so 2025 gets more width than on the even scale. The curated data no longer has such
 * a stretch since issue 15 filled every year.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class CompressedTimeScaleBrowserTest extends BrowserTest {
    private static final Path DATA = Path.of("src/test/resources/fixtures/valid");

    @Test
    void at_all_time_a_long_stretch_without_events_is_cut_out_so_2025_gets_more_width_and_labels_stay_inside() {
        List<Event> events =
                new DatasetLoader().load(DATA).dataset().orElseThrow().events();
        assertThat(EmptyStretches.of(events))
                .as("a stretch to cut in the test data")
                .isNotEmpty();
        Set<String> titles = events.stream().map(Event::title).collect(Collectors.toSet());
        page.setViewportSize(1440, 900);

        open("/?scale=even", "#timeline");
        TimelineLabels even = TimelineLabels.measure(page, titles);
        open("/", "#timeline");
        TimelineLabels compressed = TimelineLabels.measure(page, titles);

        assertThat(compressed.widthOf2025()).isGreaterThan(even.widthOf2025());
        assertThat(compressed.acrossTheEdge()).isEmpty();
        assertThat(compressed.overlapping()).isEmpty();
        assertThat(compressed.inside()).isPositive();
    }
}
