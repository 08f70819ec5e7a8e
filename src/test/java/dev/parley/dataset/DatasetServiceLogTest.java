package dev.parley.dataset;

import static dev.parley.dataset.DatasetLoaderTest.copyValid;
import static dev.parley.dataset.DatasetLoaderTest.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each load attempt leaves exactly one log line saying what was loaded, or what was rejected and why. */
@ExtendWith(OutputCaptureExtension.class)
class DatasetServiceLogTest {
    @TempDir
    Path dir;

    private static List<String> serviceLines(CapturedOutput output) {
        return output.getOut().lines().filter(l -> l.contains("DatasetService")).toList();
    }

    @Test
    void a_valid_load_and_a_rejected_edit_each_log_one_line(CapturedOutput output) throws IOException {
        copyValid(dir);
        DatasetService service = new DatasetService(dir, Duration.ZERO, Clock.systemUTC());
        replace(dir.resolve("articles/2025-03-talks.yaml"), "type: consult", "type: chat");
        service.reload();

        List<String> lines = serviceLines(output);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("INFO", "Loaded 6 actors, 3 articles, 8 events from ");
        assertThat(lines.get(1))
                .contains(
                        "WARN",
                        "1 problem in ",
                        "keeping the last valid data (8 events)",
                        "First: ",
                        "2025-03-talks.yaml:",
                        "events[0].type: unknown event type 'chat'");
    }

    @Test
    void line_breaks_in_the_data_cannot_forge_log_lines(CapturedOutput output) throws IOException {
        copyValid(dir);
        DatasetService service = new DatasetService(dir, Duration.ZERO, Clock.systemUTC());
        replace(
                dir.resolve("articles/2025-03-talks.yaml"),
                "type: consult",
                "type: \"chat\\n2026-01-01 INFO Loaded 0 actors\\r\"");
        service.reload();

        List<String> lines = serviceLines(output);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("unknown event type 'chat\\u000a2026-01-01 INFO Loaded 0 actors\\u000d'");
        assertThat(output.getOut()).doesNotContain("\n2026-01-01 INFO Loaded 0 actors");
    }
}
