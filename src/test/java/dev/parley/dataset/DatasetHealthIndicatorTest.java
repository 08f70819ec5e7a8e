package dev.parley.dataset;

import static dev.parley.dataset.DatasetLoaderTest.copyValid;
import static dev.parley.dataset.DatasetLoaderTest.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class DatasetHealthIndicatorTest {
    @TempDir
    Path dir;

    private Health healthAfter(DatasetService service) {
        return new DatasetHealthIndicator(service).health();
    }

    @Test
    void valid_data_is_up_with_its_load_time() throws IOException {
        copyValid(dir);
        DatasetService service = new DatasetService(dir, Duration.ZERO, Clock.systemUTC());

        Health health = healthAfter(service);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails())
                .containsEntry("valid", true)
                .containsEntry("events", 8)
                .containsEntry("loadedAt", service.current().loadedAt().toString());
    }

    @Test
    void an_invalid_edit_over_good_data_is_degraded_and_still_reports_the_good_data() throws IOException {
        copyValid(dir);
        DatasetService service = new DatasetService(dir, Duration.ZERO, Clock.systemUTC());
        replace(dir.resolve("articles/2025-03-talks.yaml"), "type: consult", "type: chat");
        service.reload();

        Health health = healthAfter(service);

        assertThat(health.getStatus()).isEqualTo(DatasetHealthIndicator.DEGRADED);
        assertThat(health.getDetails())
                .containsEntry("valid", false)
                .containsEntry("problems", 1)
                .containsEntry("events", 8);
    }

    @Test
    void no_valid_data_at_all_is_out_of_service() {
        DatasetService service = new DatasetService(dir.resolve("missing"), Duration.ZERO, Clock.systemUTC());

        assertThat(healthAfter(service).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(healthAfter(service).getDetails().toString()).doesNotContain(dir.toString());
    }
}
