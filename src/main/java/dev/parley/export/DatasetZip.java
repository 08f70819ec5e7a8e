package dev.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The curated data files as a zip, byte for byte as they are on disk (the curators' own text, comments and all, not
 * a re-serialisation): {@code actors.yaml}, {@code articles/*.yaml} and {@code schema/*.json}, under one folder
 * {@value #ROOT}, so that after unzipping {@code --parley.data-dir=data} loads exactly the same dataset. Hidden files
 * (editor backups) and symbolic links are left out, so nothing outside the data directory can end up in the zip.
 *
 * <p>The zip holds the files as they are at the moment of the download. If they were edited into an invalid state,
 * they differ from the dataset the app still shows ({@code DatasetState.valid()} says so).
 */
public final class DatasetZip {
    /** The folder the files are in, inside the zip. */
    public static final String ROOT = "data";

    /** The data files, as paths relative to the data directory with {@code /} separators, in name order. */
    public List<String> files(Path dataDir) throws IOException {
        List<String> files = new ArrayList<>();
        if (isFile(dataDir.resolve("actors.yaml"))) {
            files.add("actors.yaml");
        }
        files.addAll(list(dataDir, "articles", ".yaml"));
        files.addAll(list(dataDir, "schema", ".json"));
        return files;
    }

    /** Writes the zip; the stream is finished, not closed. */
    public void write(Path dataDir, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String file : files(dataDir)) {
            Path path = dataDir.resolve(file);
            ZipEntry entry = new ZipEntry(ROOT + "/" + file);
            entry.setLastModifiedTime(Files.getLastModifiedTime(path));
            zip.putNextEntry(entry);
            Files.copy(path, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static List<String> list(Path dataDir, String folder, String extension) throws IOException {
        Path dir = dataDir.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(DatasetZip::isFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(extension) && !name.startsWith("."))
                    .sorted(Comparator.naturalOrder())
                    .map(name -> folder + "/" + name)
                    .toList();
        }
    }

    private static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
