package dev.parley.studio;

import dev.parley.base.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only way from an article id to a file: an id typed in a form can never name a path outside
 * {@code <data>/articles}, whatever it holds ({@code ../}, an absolute path, {@code %2e%2e}, a device name that
 * Windows would open instead of a file).
 */
final class ArticleFiles {
    static final int MAX_ID_LENGTH = 120;
    static final String DIR = "articles";
    private static final Pattern DEVICE = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private ArticleFiles() {}

    /** Why {@code id} cannot name an article file, or empty when it can. */
    static Optional<String> whyNot(String id) {
        if (id.isEmpty()) {
            return Optional.of("the article needs an id");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of(
                    "an article id has at most " + MAX_ID_LENGTH + " characters, this one has " + id.length());
        }
        if (!Ids.isValid(id)) {
            return Optional.of("an article id is lowercase letters, digits and single hyphens, such as"
                    + " 2025-02-12-trump-putin-call");
        }
        if (DEVICE.matcher(id.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.of("'" + id + "' is a reserved device name on Windows: choose another article id");
        }
        return Optional.empty();
    }

    /** {@code articles/<id>.yaml}, the path relative to the data directory, for the loader and git. */
    static String relative(String id) {
        requireValid(id);
        return DIR + "/" + id + ".yaml";
    }

    /**
     * The article's file: {@code <data>/articles/<id>.yaml}, checked to lie directly in the real articles directory.
     *
     * @throws IllegalArgumentException when the id cannot name a file there
     */
    static Path resolve(Path dataDir, String id) {
        requireValid(id);
        try {
            Path dir = dataDir.resolve(DIR);
            Files.createDirectories(dir);
            Path real = dir.toRealPath();
            Path file = real.resolve(id + ".yaml").normalize();
            if (!file.startsWith(real) || !real.equals(file.getParent())) {
                throw new IllegalArgumentException("the article id '" + id + "' does not name a file in " + real);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireValid(String id) {
        whyNot(id).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }
}
