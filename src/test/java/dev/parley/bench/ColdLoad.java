package dev.parley.bench;

import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import java.nio.file.Path;

/** Loads and validates the data directory once in a fresh JVM and prints the milliseconds it took. */
public final class ColdLoad {
    private ColdLoad() {}

    public static void main(String[] args) {
        long t = System.nanoTime();
        LoadResult result = new DatasetLoader().load(Path.of(args[0]));
        double ms = (System.nanoTime() - t) / 1e6;
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(
                    "does not load: " + result.problems().get(0));
        }
        System.out.printf(java.util.Locale.ROOT, "%.1f%n", ms);
    }
}
