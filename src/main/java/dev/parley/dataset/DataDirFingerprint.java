package dev.parley.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cheap summary of the files the loader reads (name, size and modification time of each), so watching the data
 * directory costs a few {@code stat} calls per tick rather than a parse. Two equal fingerprints mean "nothing to
 * reload".
 */
public record DataDirFingerprint(List<String> entries) {

    public DataDirFingerprint {
        entries = List.copyOf(entries);
    }

    public static DataDirFingerprint of(Path dataDir) {
        List<String> entries = new ArrayList<>();
        add(dataDir.resolve(DatasetLoader.ACTORS_FILE), entries);
        Path articles = dataDir.resolve(DatasetLoader.ARTICLES_DIR);
        if (Files.isDirectory(articles)) {
            try (Stream<Path> files = Files.list(articles)) {
                files.filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> f.getFileName().toString().endsWith(".yaml")
                                || f.getFileName().toString().endsWith(".yml"))
                        .sorted(Comparator.naturalOrder())
                        .forEach(f -> add(f, entries));
            } catch (IOException | RuntimeException e) {
                entries.add("unreadable " + articles + ": " + e.getMessage());
            }
        }
        return new DataDirFingerprint(entries);
    }

    private static void add(Path file, List<String> entries) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            entries.add(file.getFileName() + " " + attributes.size() + " "
                    + attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            entries.add(file.getFileName() + " missing");
        }
    }
}
