package dev.parley.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic and parsing behind the soak's report, which docs/reliability.md quotes. */
class SoakFiguresTest {
    @TempDir
    Path dir;

    @Test
    void the_percentiles_are_nearest_rank_over_the_sorted_latencies() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 95)).isEqualTo(100);
        assertThat(Latencies.percentile(new long[] {7}, 95)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[0], 50)).isEqualTo(-1);
    }

    @Test
    void requests_are_counted_in_the_minute_they_started_in() {
        long start = System.nanoTime() - Duration.ofSeconds(90).toNanos();
        Latencies latencies = new Latencies(start);

        latencies.served("embed", start + Duration.ofSeconds(5).toNanos());
        latencies.served("embed", start + Duration.ofSeconds(65).toNanos());
        latencies.failed("embed", start + Duration.ofSeconds(70).toNanos(), "503 /embed/network");

        assertThat(latencies.minutes(2))
                .extracting(Latencies.Minute::minute, Latencies.Minute::served, Latencies.Minute::failed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1, 0), org.assertj.core.groups.Tuple.tuple(2, 1, 1));
        assertThat(latencies.failures()).containsExactly("embed: 503 /embed/network");
    }

    @Test
    void the_trend_is_the_least_squares_slope_after_the_first_minute() {
        // the first minute warms up and is left out; then 100, 102, 104, 106: 2 per minute
        assertThat(SoakReport.slope(List.of(400.0, 100.0, 102.0, 104.0, 106.0))).isEqualTo(2.0);
        assertThat(SoakReport.slope(List.of(300.0, 50.0, 50.0, 50.0))).isZero();
        assertThat(SoakReport.slope(List.of(5.0))).isZero();
    }

    @Test
    void the_heap_after_each_full_collection_is_read_from_the_collectors_log() throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.010s][info][gc] Using G1
                [5.2s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 60M->20M(256M) 5.1ms
                [61.0s][info][gc] GC(9) Pause Full (System.gc()) 98M->45M(256M) 120.5ms
                [90.0s][info][gc] GC(12) Pause Full (G1 Compaction Pause) 1G->512M(1024M) 900.1ms
                [121.0s][info][gc] GC(20) Pause Full (System.gc()) 90M->47104K(256M) 118.0ms
                """);

        assertThat(HeapProbe.fullCollections(log)).containsExactly(45L, 512L, 46L);
    }

    @Test
    void the_soak_takes_the_twenty_minute_settings_unless_told_otherwise_and_refuses_an_unknown_option() {
        Soak.Settings twenty = Soak.Settings.parse();
        Soak.Settings two = Soak.Settings.parse("--minutes", "2", "--push-every-seconds", "20");

        assertThat(twenty.minutes()).isEqualTo(20);
        assertThat(twenty.pushEvery()).isEqualTo(Duration.ofMinutes(1));
        assertThat(two.minutes()).isEqualTo(2);
        assertThat(two.pushEvery()).isEqualTo(Duration.ofSeconds(20));
        assertThat(two.command()).startsWith("deploy/soak --minutes 2 --push-every-seconds 20 --readers 20");
        assertThatThrownBy(() -> Soak.Settings.parse("--hours", "1"))
                .hasMessageContaining("unknown option --hours")
                .hasMessageContaining("usage: deploy/soak");
        assertThatThrownBy(() -> Soak.Settings.parse("--minutes")).hasMessageContaining("no value for --minutes");
    }
}
