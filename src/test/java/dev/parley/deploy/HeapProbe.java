package dev.parley.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node's heap after a full collection, in MB: the probe asks the node's JVM for one with {@code jcmd <pid>
 * GC.run} (G1 collects the whole heap for it) and reads what the collector logged with {@code -Xlog:gc}. The live
 * data is what is left after a full collection, so a leak shows as growth from one probe to the next; G1 itself
 * rarely collects the whole heap, hence asking.
 */
final class HeapProbe {
    /** {@code [12.3s][info][gc] GC(7) Pause Full (System.gc()) 98M->45M(256M) 120.5ms}: the size after the arrow. */
    private static final Pattern FULL = Pattern.compile("Pause Full \\([^)]*\\)+ \\d+[KMG]->(\\d+)([KMG])\\(");

    private HeapProbe() {}

    /** The JVM option that makes a node log its collections to {@code log}, for {@link #afterFullGc}. */
    static String logOption(Path log) {
        return "-Xlog:gc:file=" + log.toAbsolutePath();
    }

    /** Makes the JVM {@code pid} collect its whole heap, and returns the heap after it from its log, in MB. */
    static OptionalLong afterFullGc(long pid, Path log) throws IOException, InterruptedException {
        int before = fullCollections(log).size();
        Path jcmd =
                Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return OptionalLong.empty();
        }
        // the log is written as the collection ends, which is before jcmd returns; read until it shows
        for (int attempt = 0; attempt < 50; attempt++) {
            List<Long> sizes = fullCollections(log);
            if (sizes.size() > before) {
                return OptionalLong.of(sizes.getLast());
            }
            Thread.sleep(100);
        }
        return OptionalLong.empty();
    }

    /** The heap after every full collection in {@code log}, in MB, in order. */
    static List<Long> fullCollections(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream()
                .map(FULL::matcher)
                .filter(Matcher::find)
                .map(m -> megabytes(Long.parseLong(m.group(1)), m.group(2)))
                .toList();
    }

    private static long megabytes(long size, String unit) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "K" -> size / 1024;
            case "G" -> size * 1024;
            default -> size;
        };
    }
}
