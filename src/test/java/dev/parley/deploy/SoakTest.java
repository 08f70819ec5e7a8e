package dev.parley.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.deploy.DataPushes.Outcome;
import dev.parley.deploy.DataPushes.Push;
import dev.parley.deploy.DataPushes.Seen;
import dev.parley.deploy.Latencies.Minute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two minutes of the soak ({@link Soak}; {@code deploy/soak} runs twenty): two production nodes behind HAProxy on the
 * bundled data through git, 6 readers of the explorer and of embeds, and a push every 20 s, valid and invalid in turn.
 * It runs beside the other test classes, so its latencies say little (deploy/soak measures, on a quiet machine);
 * what it checks holds however busy the machine is: no request fails, both nodes apply every valid push and refuse
 * every invalid one, and the heap after a full collection is read each minute. Skipped, saying why, where HAProxy is
 * not installed; {@code .ci/run} installs it.
 */
class SoakTest {
    @TempDir
    Path work;

    @Test
    void two_nodes_serve_every_request_of_two_minutes_apply_every_valid_push_and_refuse_every_invalid_one()
            throws Exception {
        assumeTrue(
                Cluster.haproxyExecutable().isPresent(),
                "skipped: HAProxy is not installed (Debian: apt-get install haproxy, as .ci/run does)");
        Soak.Settings settings = Soak.Settings.parse(
                "--minutes",
                "2",
                "--push-every-seconds",
                "20",
                "--readers",
                "6",
                "--out",
                "target/soak-ci",
                // the quick JIT only, as the test JVMs: the optimising one compiles for longer than these nodes live
                "--node-jvm-options",
                "-XX:TieredStopAtLevel=1");

        SoakReport report = Soak.run(settings, work);
        Files.createDirectories(settings.out());
        Files.writeString(settings.out().resolve("report.md"), report.markdown());
        System.out.println(report.markdown());

        assertThat(report.failures()).as("failed requests and pushes").isEmpty();
        assertThat(report.failed()).isZero();
        assertThat(report.minutes())
                .extracting(Minute::served)
                .allSatisfy(n -> assertThat(n).isGreaterThan(50));
        assertThat(report.pushes()).hasSizeGreaterThanOrEqualTo(5);
        for (Push push : report.pushes()) {
            assertThat(push.seen())
                    .as("push %d (%s)", push.number(), push.valid() ? "valid" : "invalid")
                    .extracting(Seen::node, Seen::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "node1", push.valid() ? Outcome.APPLIED : Outcome.REFUSED),
                            org.assertj.core.groups.Tuple.tuple(
                                    "node2", push.valid() ? Outcome.APPLIED : Outcome.REFUSED));
        }
        assertThat(report.heaps().values())
                .as("heap after full GC, per node and minute")
                .allSatisfy(heaps -> assertThat(heaps)
                        .hasSize(2)
                        .allSatisfy(mb -> assertThat(mb).isPositive()));
        assertThat(report.heaps()).containsOnlyKeys(List.of("node1", "node2"));
    }
}
