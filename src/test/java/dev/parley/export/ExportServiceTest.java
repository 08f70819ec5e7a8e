package dev.parley.export;

import static dev.parley.export.ExportFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:15:30Z"), ZoneOffset.UTC);
    private static final EventFilter SPRING =
            EventFilter.all().withWindow(new TimeWindow(day("2025-02-01"), day("2025-03-31")));

    private final List<EventFilter> networksAsked = new ArrayList<>();
    private final ExportService service = new ExportService(
            (dataset, filter) -> {
                networksAsked.add(filter);
                return ActorNetwork.of(dataset, filter);
            },
            ExportFixtures.VALID_DIR,
            CLOCK);

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void every_format_downloads_from_an_empty_dataset(DataFormat format) {
        Download download = service.download(format, Dataset.empty(), EventFilter.all());

        assertThat(download.format()).isEqualTo(format);
        assertThat(download.mimeType()).isEqualTo(format.mimeType());
        assertThat(download.fileName()).endsWith("." + format.extension());
        assertThat(download.bytes()).isNotEmpty();
    }

    @Test
    void describing_a_download_computes_nothing() {
        service.download(DataFormat.NETWORK_GEXF, ExportFixtures.VALID, SPRING);

        assertThat(networksAsked).isEmpty();
    }

    @Test
    void network_downloads_use_the_network_of_the_filter() {
        Download download = service.download(DataFormat.NETWORK_GRAPHML, ExportFixtures.VALID, SPRING);
        String graphml = new String(download.bytes(), StandardCharsets.UTF_8);

        assertThat(networksAsked).containsExactly(SPRING);
        assertThat(download.fileName()).isEqualTo("parley-network-2025-02-01_2025-03-31.graphml");
        assertThat(graphml).contains("donald-trump").doesNotContain("fixture-year-only-accusation");
    }

    @Test
    void event_downloads_hold_only_the_events_the_filter_selects() {
        String csv = new String(
                service.download(DataFormat.EVENTS_CSV, ExportFixtures.VALID, SPRING)
                        .bytes(),
                StandardCharsets.UTF_8);
        String json = new String(
                service.download(DataFormat.EVENTS_JSON, ExportFixtures.VALID, SPRING)
                        .bytes(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("fixture-phone-call").doesNotContain("fixture-invasion");
        assertThat(json)
                .contains("fixture-phone-call", "\"exported\" : \"2025-06-01T10:15:30Z\"")
                .doesNotContain("fixture-invasion");
    }

    @Test
    void the_data_files_ignore_the_filter_and_are_named_by_the_day() {
        Download download = service.download(DataFormat.DATASET_ZIP, ExportFixtures.VALID, SPRING);

        assertThat(download.fileName()).isEqualTo("parley-data-2025-06-01.zip");
        assertThat(download.mimeType()).isEqualTo("application/zip");
        assertThat(download.bytes()).startsWith('P', 'K');
    }

    @Test
    void file_names_follow_the_window() {
        assertThat(service.fileName(DataFormat.EVENTS_CSV, SPRING))
                .isEqualTo("parley-events-2025-02-01_2025-03-31.csv");
        assertThat(service.fileName(DataFormat.NETWORK_GRAPHML, EventFilter.all()))
                .isEqualTo("parley-network-all.graphml");
    }
}
