package dev.parley.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns a data directory ({@code actors.yaml} and {@code articles/*.yaml}) into a {@link Dataset}, or into the list of
 * every problem found, each with file, line, column and path. It reports all problems of all files in one run, so a
 * curator fixes a batch rather than one error per attempt. Loading never throws and never builds arbitrary objects
 * from YAML: files are read as plain nodes, with limits on size, aliases and nesting.
 *
 * <p>Stateless and thread-safe; plain Java, so the {@code --validate} command can use it before Spring starts.
 */
public final class DatasetLoader {
    static final String ACTORS_FILE = "actors.yaml";
    static final String ARTICLES_DIR = "articles";

    /**
     * Loads the data directory.
     *
     * @return the dataset when there is no problem, otherwise the problems sorted by file and position
     */
    public LoadResult load(Path dataDir) {
        return load(dataDir, Map.of());
    }

    /**
     * Loads the data directory as it would be with some files replaced, added or removed, without touching the disk:
     * the studio checks a draft with the same rules and messages as {@code --validate} before it writes anything.
     *
     * @param overlay file paths relative to the data directory ({@code actors.yaml}, {@code articles/x.yaml}) mapped
     *     to their new text, or to empty for a file taken away; every other file is read from disk
     * @return the dataset when there is no problem, otherwise the problems sorted by file and position
     * @throws IllegalArgumentException when an overlay path is not {@code actors.yaml} or directly in {@code articles/}
     */
    public LoadResult load(Path dataDir, Map<String, Optional<String>> overlay) {
        overlay.keySet().forEach(DatasetLoader::checkOverlayPath);
        String dirName = display(dataDir);
        try {
            return loadChecked(dataDir, dirName, overlay);
        } catch (IOException | RuntimeException e) {
            return LoadResult.invalid(List.of(Problem.of(dirName, "cannot load the data: " + e)));
        }
    }

    private static void checkOverlayPath(String relative) {
        boolean article = relative.startsWith(ARTICLES_DIR + "/")
                && relative.indexOf('/', ARTICLES_DIR.length() + 1) < 0
                && relative.length() > ARTICLES_DIR.length() + 1
                && !relative.contains("\\")
                && !relative.endsWith("/..")
                && !relative.endsWith("/.");
        if (!relative.equals(ACTORS_FILE) && !article) {
            throw new IllegalArgumentException(
                    "an overlay file is " + ACTORS_FILE + " or lies directly in " + ARTICLES_DIR + "/: " + relative);
        }
    }

    private LoadResult loadChecked(Path dataDir, String dirName, Map<String, Optional<String>> overlay)
            throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return LoadResult.invalid(List.of(Problem.of(
                    dirName, "data directory not found (set parley.data-dir or PARLEY_DATA_DIR to its path)")));
        }
        Path actorsFile = dataDir.resolve(ACTORS_FILE);
        boolean actorsExist =
                overlay.containsKey(ACTORS_FILE) ? overlay.get(ACTORS_FILE).isPresent() : Files.exists(actorsFile);
        List<Path> articleFiles = articleFiles(dataDir, overlay);
        if (!actorsExist && articleFiles.isEmpty()) {
            return LoadResult.invalid(List.of(Problem.of(
                    dirName,
                    "the data directory is empty: expected " + ACTORS_FILE + " and " + ARTICLES_DIR + "/*.yaml")));
        }
        Catalog catalog = new Catalog();
        List<FileProblems> files = new ArrayList<>();
        FileProblems actorProblems = new FileProblems(display(actorsFile));
        files.add(actorProblems);
        if (actorsExist) {
            read(dataDir, actorsFile, overlay, actorProblems)
                    .ifPresent(root -> new ActorsReader(catalog).read(root, actorProblems));
        } else {
            actorProblems.addToFile("missing: the data directory needs an " + ACTORS_FILE + " that lists the actors");
        }
        ArticleReader articles = new ArticleReader(catalog);
        for (Path file : articleFiles) {
            FileProblems problems = new FileProblems(display(file));
            files.add(problems);
            if (!file.getFileName().toString().endsWith(".yaml")) {
                problems.addToFile("rename the file to end in .yaml: only .yaml files are read");
                continue;
            }
            Optional<Node> root = read(dataDir, file, overlay, problems);
            String relative = relative(dataDir, file);
            root.ifPresent(node -> articles.read(node, relative, problems));
        }
        CrossChecks.run(catalog);
        List<Problem> problems = files.stream()
                .flatMap(f -> f.problems().stream())
                .sorted(Comparator.comparing(Problem::file)
                        .thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
        if (!problems.isEmpty()) {
            return LoadResult.invalid(problems);
        }
        return LoadResult.valid(new Dataset(catalog.actors, catalog.articles, catalog.events));
    }

    private static String relative(Path dataDir, Path file) {
        return dataDir.relativize(file).toString().replace('\\', '/');
    }

    private static Optional<Node> read(
            Path dataDir, Path file, Map<String, Optional<String>> overlay, FileProblems problems) {
        Optional<String> text = overlay.getOrDefault(relative(dataDir, file), Optional.empty());
        return text.isPresent() ? YamlFileReader.read(text.get(), problems) : YamlFileReader.read(file, problems);
    }

    private static List<Path> articleFiles(Path dataDir, Map<String, Optional<String>> overlay) throws IOException {
        Set<Path> files = new HashSet<>(articleFiles(dataDir.resolve(ARTICLES_DIR)));
        overlay.forEach((relative, text) -> {
            if (relative.startsWith(ARTICLES_DIR + "/")) {
                Path file = dataDir.resolve(relative);
                if (text.isPresent() && isDataFileName(file)) {
                    files.add(file);
                } else {
                    files.remove(file);
                }
            }
        });
        return files.stream()
                .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                .toList();
    }

    /**
     * The {@code .yaml} files (and misnamed {@code .yml} ones, to report them), sorted by name; hidden files such as
     * editor backups are skipped.
     */
    private static List<Path> articleFiles(Path articlesDir) throws IOException {
        if (!Files.isDirectory(articlesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(articlesDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(DatasetLoader::isDataFileName)
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean isDataFileName(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The path as a person would type it: relative to the working directory when it lies below it. */
    public static String display(Path path) {
        Path normal = path.normalize();
        if (normal.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (normal.startsWith(cwd) && !normal.equals(cwd)) {
                normal = cwd.relativize(normal);
            }
        }
        String shown = normal.toString();
        return shown.isEmpty() ? "." : shown;
    }
}
