package dev.parley.deploy;

import dev.parley.testing.ProductionServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Parley nodes in production mode behind HAProxy, all on loopback: HAProxy runs {@code deploy/haproxy.cfg} as it is,
 * with its addresses in the environment, and each node is a {@link ProductionServer} on a fixed free port with a
 * temporary directory of its own, so a node can be killed or stopped and started again where HAProxy expects it.
 */
final class Cluster implements AutoCloseable {
    static final Path CONFIG = Path.of("deploy", "haproxy.cfg");

    /** The drain of every node: HAProxy's two failed checks, 1 s apart with 0.5 s after the first, fit in it. */
    static final Duration DRAIN = Duration.ofSeconds(3);

    private static final Duration START = Duration.ofMinutes(4);

    private final Path work;
    private final Function<Node, Launch> launch;
    private final List<Node> nodes;
    private final int port;
    private final Path socket;
    private final Path log;
    private Path keptLogs = Path.of("target", "failover");
    private Process haproxy;

    private Cluster(Path work, Function<Node, Launch> launch, List<Node> nodes, int port) {
        this.work = work;
        this.launch = launch;
        this.nodes = nodes;
        this.port = port;
        this.socket = work.resolve("haproxy.sock");
        this.log = work.resolve("haproxy.log");
    }

    /** HAProxy's executable: {@code PARLEY_HAPROXY}, else {@code haproxy} where Debian puts it or on the PATH. */
    static Optional<Path> haproxyExecutable() {
        String configured = System.getenv("PARLEY_HAPROXY");
        Stream<Path> candidates = configured != null && !configured.isBlank()
                ? Stream.of(Path.of(configured))
                : Stream.concat(
                        Stream.of(Path.of("/usr/sbin/haproxy")),
                        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                                .filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, "haproxy")));
        return candidates.filter(Files::isExecutable).findFirst();
    }

    /**
     * How a node starts: its data directory, its settings ({@code --name=value}) and its JVM options.
     *
     * @param dataDir    the node's {@code parley.data-dir}
     * @param settings   Parley's settings beyond the port, address and data directory
     * @param jvmOptions options of the node's JVM
     */
    record Launch(Path dataDir, List<String> settings, List<String> jvmOptions) {}

    /**
     * Starts {@code count} nodes on {@code data} (at the same time) and HAProxy, and waits until every node is up in
     * it. The nodes do not watch the data directory and run with only the quick JIT, as the test JVMs: they live a
     * minute, and the cores are shared.
     */
    static Cluster start(Path work, Path data, int count) throws Exception {
        return start(
                work,
                count,
                node -> new Launch(
                        data,
                        List.of("--parley.reload-interval=0", "--parley.shutdown.drain=" + DRAIN.toMillis() + "ms"),
                        List.of("-XX:TieredStopAtLevel=1")));
    }

    /** Starts {@code count} nodes, each as {@code launch} says, and HAProxy, and waits until every node is up in it. */
    static Cluster start(Path work, int count, Function<Node, Launch> launch) throws Exception {
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            nodes.add(new Node("node" + i, ProductionServer.freePort(), work.resolve("node" + i)));
        }
        Cluster cluster = new Cluster(work, launch, nodes, ProductionServer.freePort());
        try {
            CompletableFuture.allOf(nodes.stream()
                            .map(node -> CompletableFuture.runAsync(() -> cluster.startNode(node)))
                            .toArray(CompletableFuture[]::new))
                    .join();
            cluster.startHaproxy();
            for (Node node : nodes) {
                cluster.awaitStatus(node, "UP"::equals, Duration.ofSeconds(30));
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startHaproxy() throws Exception {
        List<String> command = List.of(
                haproxyExecutable().orElseThrow().toString(),
                "-db",
                "-f",
                CONFIG.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PARLEY_"));
        env.put("PARLEY_BIND", "127.0.0.1:" + port);
        env.put("PARLEY_HAPROXY_SOCKET", socket.toString());
        env.put("PARLEY_HAPROXY_LOG", "stderr");
        for (int i = 0; i < nodes.size(); i++) {
            env.put("PARLEY_NODE" + (i + 1), "127.0.0.1:" + nodes.get(i).port);
        }
        haproxy = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(socket)) {
            if (!haproxy.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy did not start:\n" + haproxyLog());
            }
            haproxy.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private void startNode(Node node) {
        try {
            Launch how = launch.apply(node);
            node.server = ProductionServer.start(
                    how.dataDir(), node.work, START, how.settings(), node.port, how.jvmOptions());
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + node.name, e);
        }
    }

    /** Starts every node that is not running and waits until HAProxy has every node up. */
    void startMissingNodes() throws Exception {
        for (Node node : nodes) {
            if (node.server == null || !node.server.isAlive()) {
                startNode(node);
            }
        }
        for (Node node : nodes) {
            awaitStatus(node, "UP"::equals, Duration.ofSeconds(30));
        }
    }

    /** Starts a node that was stopped, on its port, and waits until HAProxy sends it traffic again. */
    void restart(Node node) throws Exception {
        startNode(node);
        awaitStatus(node, "UP"::equals, Duration.ofSeconds(30));
    }

    List<Node> nodes() {
        return nodes;
    }

    Node node(String name) {
        return nodes.stream()
                .filter(n -> n.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    /** An address through HAProxy. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The node's status as HAProxy sees it in the sessions backend: UP, DOWN, MAINT, DRAIN, "DOWN 1/2"... */
    String status(Node node) throws IOException {
        return new HaproxyAdmin(socket).status(node.name);
    }

    /** Polls HAProxy until the node's status matches, or fails after {@code timeout} naming the last status. */
    void awaitStatus(Node node, Predicate<String> expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = status(node);
        while (!expected.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "HAProxy still has " + node.name + " " + last + " after " + timeout + "\n" + node.log());
            }
            haproxy.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            last = status(node);
        }
    }

    /** Where {@link #close()} keeps the logs (by default {@code target/failover/}). */
    Cluster keepLogsIn(Path dir) {
        this.keptLogs = dir;
        return this;
    }

    String haproxyLog() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    /** Stops everything, and keeps the logs of HAProxy and of every node (see {@link #keepLogsIn}). */
    @Override
    public void close() throws Exception {
        for (Node node : nodes) {
            if (node.server != null) {
                node.server.kill();
            }
        }
        if (haproxy != null) {
            haproxy.destroy();
            if (!haproxy.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                haproxy.destroyForcibly().waitFor();
            }
        }
        Path logs = Files.createDirectories(keptLogs);
        if (Files.exists(log)) {
            Files.copy(log, logs.resolve("haproxy.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (Node node : nodes) {
            Path server = node.work.resolve("server.log");
            if (Files.exists(server)) {
                Files.copy(server, logs.resolve(node.name + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A node: its name in HAProxy (and in the PARLEY_NODE cookie), its port and its directory. */
    static final class Node {
        final String name;
        final int port;
        final Path work;
        volatile ProductionServer server;

        Node(String name, int port, Path work) {
            this.name = name;
            this.port = port;
            this.work = work;
            try {
                Files.createDirectories(work);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The node's own address, bypassing HAProxy. */
        String directUrl(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        String log() {
            try {
                return name + "'s log:\n" + server.log();
            } catch (IOException | RuntimeException e) {
                return name + ": no log (" + e + ")";
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
