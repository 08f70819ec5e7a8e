package dev.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The figures of one part of the benchmark, kept as a plain {@code key=value} file that the report gathers. */
final class Figures {
    private final Map<String, String> values = new LinkedHashMap<>();

    Figures put(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder();
            values.forEach((k, v) -> text.append(k)
                    .append('=')
                    .append(v.replace("\\", "\\\\").replace("\n", "\\n"))
                    .append('\n'));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    /** The median of {@code xs} under {@code key}, with its smallest and largest under key.min and key.max. */
    static void spread(Figures f, String key, List<Double> xs, int decimals) {
        double scale = Math.pow(10, decimals);
        f.put(key, Math.round(median(xs) * scale) / scale);
        f.put(key + ".min", Math.round(percentile(xs, 0) * scale) / scale);
        f.put(key + ".max", Math.round(percentile(xs, 100) * scale) / scale);
    }

    static double median(List<Double> xs) {
        return percentile(xs, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> xs, double p) {
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    static List<Double> list(double... xs) {
        return new ArrayList<>(Arrays.stream(xs).boxed().toList());
    }
}
