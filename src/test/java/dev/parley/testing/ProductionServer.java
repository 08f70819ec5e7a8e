package dev.parley.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parley in production mode, in its own JVM, as the production jar runs it: the committed production bundle
 * ({@link ProductionBundle}) first on the class path, the compiled application and its libraries after it, and
 * without Vaadin's development tools, which a production build leaves out. Started on a free loopback port (or a
 * given one); ready when {@code /actuator/health} answers UP. With {@code PARLEY_JAR} set to a production jar
 * ({@code target/parley.jar}), that jar runs instead ({@code java -jar}).
 */
public final class ProductionServer implements AutoCloseable {
    /** Libraries that the production profile leaves out of the jar (vaadin-dev and what only it brings). */
    private static final List<String> DEVELOPMENT_ONLY =
            List.of("/vaadin-dev/", "/vaadin-dev-server/", "/vaadin-dev-bundle/", "/copilot/");

    private final Process process;
    private final Path log;
    private final int port;

    private ProductionServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the server on {@code dataDir} and waits until it is ready (at most {@code timeout}); {@code extraRoots}
     * join the class path after the application (a benchmark's own view).
     */
    public static ProductionServer start(Path dataDir, Path workDir, Duration timeout, Path... extraRoots)
            throws Exception {
        return start(dataDir, workDir, timeout, List.of("--parley.reload-interval=0"), extraRoots);
    }

    /** As {@link #start(Path, Path, Duration, Path...)}, with {@code settings} ({@code --name=value}) instead of the
     * default of not watching the data directory. */
    public static ProductionServer start(
            Path dataDir, Path workDir, Duration timeout, List<String> settings, Path... extraRoots) throws Exception {
        return start(dataDir, workDir, timeout, settings, freePort(), List.of(), extraRoots);
    }

    /**
     * As {@link #start(Path, Path, Duration, List, Path...)}, on {@code port} and with {@code jvmOptions}: a node of a
     * cluster starts again where the load balancer expects it. Started again with the same {@code workDir}, it reuses the unpacked bundle and
     * adds to the same log.
     */
    public static ProductionServer start(
            Path dataDir,
            Path workDir,
            Duration timeout,
            List<String> settings,
            int port,
            List<String> jvmOptions,
            Path... extraRoots)
            throws Exception {
        Path root = workDir.resolve("production-classpath");
        if (!Files.isDirectory(root)) {
            ProductionBundle.unpackAsClassPathRoot(root);
        }
        Path log = workDir.resolve("server.log");
        String jar = System.getenv("PARLEY_JAR");
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g"));
        command.addAll(jvmOptions);
        if (jar != null && !jar.isBlank() && extraRoots.length == 0) {
            command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        } else {
            command.addAll(List.of(
                    "-cp",
                    Stream.concat(
                                    Stream.of(root.toString(), applicationClassPath()),
                                    Arrays.stream(extraRoots).map(Path::toString))
                            .collect(Collectors.joining(File.pathSeparator)),
                    "dev.parley.Application"));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--parley.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ProductionServer server = new ProductionServer(process, log, port);
        server.awaitReady(timeout);
        return server;
    }

    /** The server's process id, for {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process at once (SIGKILL), as a crash would: no drain, nothing finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Asks the process to stop (SIGTERM, as {@code systemctl stop} does) and returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Waits until the process has exited, at most {@code timeout}; whether it had. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The exit code of a process that has exited. */
    public int exitValue() {
        return process.exitValue();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** What the server has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the production server stopped:\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens once Spring has started; ask again after a short wait below
            }
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        close();
        throw new IllegalStateException("the production server was not ready within " + timeout + ":\n" + log());
    }

    /** This JVM's class path (Surefire's, when run by Maven) without the test classes and the development tools. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .filter(entry -> DEVELOPMENT_ONLY.stream().noneMatch(entry.replace('\\', '/')::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
