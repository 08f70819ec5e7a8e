package dev.parley.export;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code networkx/read_network_exports.py} (a test resource) on export files in one Python process and returns
 * what NetworkX read. The Python is the first of {@code PARLEY_PYTHON}, {@code python3} on the path and
 * {@code /usr/bin/python3} that can import NetworkX; without one the test fails and says how to install it.
 */
final class Networkx {
    static final String INSTALL_HINT =
            "install NetworkX for the system Python (Debian: apt-get install python3-networkx)"
                    + " or for python3 on the PATH (pip install networkx), or set PARLEY_PYTHON to a python that can"
                    + " import networkx; .ci/run installs Debian's package";
    private static final long TIMEOUT_SECONDS = 120;

    private Networkx() {}

    /** The candidate interpreters, in the order they are tried. */
    static List<String> candidates() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("PARLEY_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        return candidates;
    }

    /** What NetworkX read from each file, in the order given: the script's JSON. */
    static JsonNode read(List<Path> files, Path workDir) throws IOException, InterruptedException {
        return read(files, workDir, candidates());
    }

    /** As {@link #read(List, Path)}, trying the given interpreters. */
    static JsonNode read(List<Path> files, Path workDir, List<String> pythons)
            throws IOException, InterruptedException {
        Path script = script();
        List<String> tried = new ArrayList<>();
        for (String python : pythons) {
            List<String> command = new ArrayList<>(List.of(python, script.toString()));
            files.forEach(f -> command.add(f.toString()));
            Path out = workDir.resolve("networkx.json");
            Path err = workDir.resolve("networkx.err");
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
            } catch (IOException notFound) {
                tried.add(python + " (not found)");
                continue;
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(python + " did not read the exports within " + TIMEOUT_SECONDS + " s");
            }
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            if (process.exitValue() == 0) {
                return JsonMapper.shared().readTree(Files.readString(out, StandardCharsets.UTF_8));
            }
            if (errors.contains("No module named 'networkx'")) {
                tried.add(python + " (no networkx)");
                continue;
            }
            throw new AssertionError(python + " with NetworkX failed to read the exports:\n" + errors);
        }
        throw new AssertionError("no Python that can import networkx; tried " + String.join(", ", tried) + ". To run "
                + "this test, " + INSTALL_HINT + ".");
    }

    private static Path script() {
        try {
            return Path.of(Objects.requireNonNull(
                            Networkx.class.getResource("/networkx/read_network_exports.py"),
                            "test resource networkx/read_network_exports.py")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
