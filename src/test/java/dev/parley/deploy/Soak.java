package dev.parley.deploy;

import dev.parley.deploy.Cluster.Launch;
import dev.parley.deploy.Cluster.Node;
import dev.parley.testing.BareRepositories;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The soak of two nodes (issue 16): two Parley nodes in production mode behind HAProxy with {@code deploy/haproxy.cfg},
 * each following one git repository on disk ({@code parley.data.git-remote}) that starts with the data of
 * {@code --data}; readers of the explorer and of embeds through HAProxy ({@link SoakTraffic}); a data push at a fixed
 * interval, valid and invalid in turn ({@link DataPushes}); each node's heap after a full collection at the end of
 * every minute ({@link HeapProbe}). Everything on loopback. {@code deploy/soak} runs it for 20 minutes and writes
 * {@code target/soak/report.md}; {@code SoakTest} runs 2 minutes of it in the build.
 */
public final class Soak {
    /**
     * @param minutes   how long the readers read
     * @param pushEvery the time between two data pushes (the first comes after half of it)
     * @param readers   how many readers at once
     * @param pace      a reader's pace: at most one explorer visit or embed read per pace
     * @param data      the data the shared repository starts with
     * @param gitPoll   the nodes' {@code parley.data.git-poll}
     * @param out       where the report and the nodes' logs go
     * @param nodeJvm   JVM options of the nodes, beyond the collector's log
     */
    record Settings(
            int minutes,
            Duration pushEvery,
            int readers,
            Duration pace,
            Path data,
            Duration gitPoll,
            Path out,
            List<String> nodeJvm) {
        private static final List<String> OPTIONS = List.of(
                "--minutes", "--push-every-seconds", "--readers", "--pace-ms", "--data", "--out", "--node-jvm-options");

        /** The settings of {@code deploy/soak}'s options; those not given have the 20-minute soak's values. */
        static Settings parse(String... args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
                    throw new IllegalArgumentException(
                            (OPTIONS.contains(args[i]) ? "no value for " : "unknown option ") + args[i] + "; " + USAGE);
                }
                given.put(args[i], args[i + 1]);
            }
            return new Settings(
                    Integer.parseInt(given.getOrDefault("--minutes", "20")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("--push-every-seconds", "60"))),
                    Integer.parseInt(given.getOrDefault("--readers", "20")),
                    Duration.ofMillis(Long.parseLong(given.getOrDefault("--pace-ms", "2000"))),
                    Path.of(given.getOrDefault("--data", "data")),
                    Duration.ofSeconds(5),
                    Path.of(given.getOrDefault("--out", "target/soak")),
                    List.of(given.getOrDefault("--node-jvm-options", "").split(" ")).stream()
                            .filter(option -> !option.isBlank())
                            .toList());
        }

        String command() {
            return String.format(
                    Locale.ROOT,
                    "deploy/soak --minutes %d --push-every-seconds %d --readers %d --pace-ms %d --data %s",
                    minutes,
                    pushEvery.toSeconds(),
                    readers,
                    pace.toMillis(),
                    data);
        }
    }

    static final String USAGE = "usage: deploy/soak [--minutes N] [--push-every-seconds N] [--readers N] [--pace-ms N]"
            + " [--data DIR] [--out DIR] [--node-jvm-options 'OPTION ...']";

    private Soak() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Path work = Files.createTempDirectory("parley-soak-");
        SoakReport report = run(settings, work);
        Files.createDirectories(settings.out());
        Files.writeString(settings.out().resolve("report.md"), report.markdown());
        System.out.println(report.markdown());
        System.exit(report.failed() == 0 ? 0 : 1);
    }

    /** Runs the soak in {@code work} (a new directory of its own) and returns what it measured. */
    static SoakReport run(Settings s, Path work) throws Exception {
        Path bare = work.resolve("remote.git");
        BareRepositories.withFiles(s.data(), bare);
        Path drafts = work.resolve("drafts");
        try (Cluster cluster =
                Cluster.start(work, 2, node -> launch(node, bare, drafts, s)).keepLogsIn(s.out())) {
            DataPushes pushes = DataPushes.clone(
                    bare,
                    work.resolve("curator"),
                    work.resolve("spare"),
                    s.gitPoll().plusSeconds(30));
            Map<String, List<Long>> heaps = new LinkedHashMap<>();
            cluster.nodes().forEach(node -> heaps.put(node.name, new CopyOnWriteArrayList<>()));
            List<String> pushFailures = new CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            Latencies latencies = new Latencies(start);
            ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor();
            try (SoakTraffic traffic = SoakTraffic.start(cluster, latencies, s.readers(), s.pace())) {
                long every = s.pushEvery().toMillis();
                pusher.scheduleAtFixedRate(
                        () -> {
                            try {
                                pushes.next(cluster.nodes());
                            } catch (Exception e) {
                                pushFailures.add("push: " + e);
                            }
                        },
                        every / 2,
                        every,
                        TimeUnit.MILLISECONDS);
                for (int minute = 1; minute <= s.minutes(); minute++) {
                    long left = start + Duration.ofMinutes(minute).toNanos() - System.nanoTime();
                    if (left > 0) {
                        Thread.sleep(Duration.ofNanos(left));
                    }
                    for (Node node : cluster.nodes()) {
                        heaps.get(node.name)
                                .add(HeapProbe.afterFullGc(node.server.pid(), gcLog(node))
                                        .orElse(-1));
                    }
                }
            }
            pusher.shutdown();
            if (!pusher.awaitTermination(2, TimeUnit.MINUTES)) {
                pushFailures.add("a push was still waiting for the nodes 2 minutes after the readers stopped");
            }
            List<String> failures = new ArrayList<>(latencies.failures());
            failures.addAll(pushFailures);
            return new SoakReport(
                    s.command(),
                    machine(),
                    latencies.served(),
                    latencies.failed() + pushFailures.size(),
                    latencies.minutes(s.minutes()),
                    heaps,
                    pushes.pushes(),
                    failures);
        }
    }

    private static Launch launch(Node node, Path bare, Path drafts, Settings s) {
        return new Launch(
                node.work.resolve("data"),
                List.of(
                        "--parley.reload-interval=0",
                        "--parley.data.git-remote=" + bare.toUri(),
                        "--parley.data.git-poll=" + s.gitPoll().toMillis() + "ms",
                        "--parley.studio.drafts-dir=" + drafts.toAbsolutePath(),
                        "--parley.shutdown.drain=" + Cluster.DRAIN.toMillis() + "ms"),
                Stream.concat(Stream.of(HeapProbe.logOption(gcLog(node))), s.nodeJvm().stream())
                        .toList());
    }

    private static Path gcLog(Node node) {
        return node.work.resolve("gc.log");
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("");
        } catch (java.io.IOException e) {
            cpu = "processor unknown";
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "%d cores, %s, %d GB RAM, Java %s, %s %s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memory >> 30,
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
