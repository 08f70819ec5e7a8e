package dev.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test data directories: copies that a test may edit without touching the fixtures under src/test/resources. */
public final class Fixtures {
    private Fixtures() {}

    /** Copies a directory tree (files and folders) into {@code to}, replacing files that exist. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh temporary copy of {@code src/test/resources/fixtures/<name>}. */
    public static Path copyToTemp(String name) {
        try {
            Path target = Files.createTempDirectory("parley-" + name + "-");
            copyTree(Path.of("src/test/resources/fixtures", name), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
