package dev.parley.export;

import static dev.parley.export.ExportFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportNamesTest {
    private static final LocalDate TODAY = day("2025-06-01");
    private static final EventFilter SPRING =
            EventFilter.all().withWindow(new TimeWindow(day("2025-02-01"), day("2025-03-31")));

    @Test
    void all_time_is_called_all() {
        assertThat(ExportNames.fileName(DataFormat.NETWORK_GRAPHML, EventFilter.all(), TODAY))
                .isEqualTo("parley-network-all.graphml");
    }

    @Test
    void an_open_side_of_the_window_is_called_start_or_end() {
        EventFilter from2022 = EventFilter.all().withWindow(TimeWindow.all().withFrom(day("2022-01-01")));
        EventFilter until2022 = EventFilter.all().withWindow(TimeWindow.all().withTo(day("2022-12-31")));

        assertThat(ExportNames.fileName(DataFormat.EVENTS_CSV, from2022, TODAY))
                .isEqualTo("parley-events-2022-01-01_end.csv");
        assertThat(ExportNames.fileName(DataFormat.EVENTS_CSV, until2022, TODAY))
                .isEqualTo("parley-events-start_2022-12-31.csv");
    }

    @Test
    void a_window_gives_its_first_and_last_day() {
        assertThat(ExportNames.fileName(DataFormat.EVENTS_CSV, SPRING, TODAY))
                .isEqualTo("parley-events-2025-02-01_2025-03-31.csv");
        assertThat(ExportNames.fileName(DataFormat.EVENTS_JSON, SPRING, TODAY))
                .isEqualTo("parley-events-2025-02-01_2025-03-31.json");
        assertThat(ExportNames.fileName(DataFormat.NETWORK_GEXF, SPRING, TODAY))
                .isEqualTo("parley-network-2025-02-01_2025-03-31.gexf");
    }

    @Test
    void the_data_files_are_named_by_the_day_of_the_download_whatever_the_window() {
        assertThat(ExportNames.fileName(DataFormat.DATASET_ZIP, SPRING, TODAY)).isEqualTo("parley-data-2025-06-01.zip");
    }

    @Test
    void years_beyond_9999_lose_their_plus_sign() {
        EventFilter far = EventFilter.all().withWindow(TimeWindow.of(LocalDate.of(10000, 1, 1)));

        assertThat(ExportNames.fileName(DataFormat.EVENTS_CSV, far, TODAY))
                .isEqualTo("parley-events-10000-01-01_10000-01-01.csv");
    }

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void names_use_only_safe_characters(DataFormat format) {
        for (EventFilter filter : new EventFilter[] {
            EventFilter.all(),
            SPRING,
            EventFilter.all().withWindow(TimeWindow.all().withFrom(day("2022-01-01")))
        }) {
            assertThat(ExportNames.fileName(format, filter, TODAY))
                    .matches("[a-z0-9._-]+")
                    .endsWith("." + format.extension());
        }
    }
}
