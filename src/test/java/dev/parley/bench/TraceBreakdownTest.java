package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.BreakdownBenchmark.Kind;
import dev.parley.bench.TraceBreakdown.Phase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceBreakdownTest {
    private static String slice(int pid, String name, int fromMs, int toMs) {
        return "{\"ph\":\"X\",\"pid\":%d,\"tid\":%d,\"name\":\"%s\",\"ts\":%d,\"dur\":%d}"
                .formatted(pid, pid, name, fromMs * 1000, (toMs - fromMs) * 1000);
    }

    private static String thread(int pid, String name) {
        return "{\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"name\":\"thread_name\",\"args\":{\"name\":\"%s\"}}"
                .formatted(pid, pid, name);
    }

    @Test
    void each_event_of_the_busiest_renderer_main_thread_is_charged_its_own_time_once() {
        String trace = "{\"traceEvents\":["
                + String.join(
                        ",",
                        thread(1, "CrRendererMain"),
                        thread(2, "CrRendererMain"),
                        thread(3, "CrBrowserMain"),
                        slice(1, "RunTask", 0, 100),
                        slice(1, "FunctionCall", 10, 60),
                        slice(1, "v8.compile", 20, 30),
                        slice(1, "MinorGC", 40, 45),
                        slice(1, "Layout", 70, 80),
                        slice(1, "Paint", 80, 90),
                        // another tab's renderer and the browser process: not the page's main thread
                        slice(2, "FunctionCall", 0, 20),
                        slice(3, "Paint", 0, 500))
                + "]}";

        Map<Phase, Double> ms = TraceBreakdown.of(trace.getBytes(StandardCharsets.UTF_8));

        assertThat(ms)
                .containsEntry(Phase.COMPILE, 10.0)
                .containsEntry(Phase.SCRIPT, 35.0)
                .containsEntry(Phase.GC, 5.0)
                .containsEntry(Phase.STYLE_LAYOUT, 10.0)
                .containsEntry(Phase.PAINT, 10.0)
                .containsEntry(Phase.HTML, 0.0)
                .containsEntry(Phase.OTHER, 30.0);
        assertThat(ms.values().stream().mapToDouble(Double::doubleValue).sum())
                .as("the phases add up to the busy time")
                .isEqualTo(100.0);
    }

    @Test
    void resources_are_sorted_into_the_page_scripts_styles_and_vaadin_round_trips() {
        assertThat(Kind.of("http://localhost:8080/", "navigation")).isEqualTo(Kind.PAGE);
        assertThat(Kind.of("http://localhost:8080/VAADIN/build/indexhtml-a1b2.js", "resource"))
                .isEqualTo(Kind.SCRIPT);
        assertThat(Kind.of("http://localhost:8080/styles.css?v=1", "resource")).isEqualTo(Kind.STYLE);
        assertThat(Kind.of("http://localhost:8080/?v-r=uidl&v-uiId=0", "resource"))
                .isEqualTo(Kind.VAADIN);
        assertThat(Kind.of("http://localhost:8080/?v-r=init&location=", "resource"))
                .isEqualTo(Kind.VAADIN);
        assertThat(Kind.of("http://localhost:8080/icons/icon.png", "resource")).isEqualTo(Kind.OTHER);
    }

    @Test
    void the_server_times_of_vaadin_round_trips_are_read_from_the_access_log_in_order(@TempDir Path logs)
            throws Exception {
        Files.writeString(logs.resolve("access_log.2026-12-01.log"), """
                1764619200000 GET / HTTP/1.1 200 1834 3
                1764619200105 GET /?v-r=init&location= HTTP/1.1 200 90211 412
                1764619200010 GET /VAADIN/build/indexhtml-a1b2.js HTTP/1.1 200 51234 2
                1764619200530 POST /?v-r=uidl&v-uiId=0 HTTP/1.1 200 39650 23
                1764619200600 POST /?v-r=heartbeat&v-uiId=0 HTTP/1.1 200 - 1
                """);

        assertThat(BreakdownBenchmark.serverTimes(logs))
                .containsExactly(
                        new BreakdownBenchmark.Logged(1764619200105.0, 412.0),
                        new BreakdownBenchmark.Logged(1764619200530.0, 23.0));
    }
}
