package dev.parley.chart;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Large chart options served at their own address, {@code chart-options/<SHA-256 of the JSON>.json}, instead of
 * inside Vaadin's answer. The whole-range network of the synthetic data is 1.7 MB of JSON: inside the answer it was
 * escaped into a string, compressed again for every visit, parsed twice by the browser, and it held up everything
 * else in that answer. At its own address it is compressed once and shared by every session, the browser fetches it
 * while it builds the page, and keeps it under a name that changes with its content.
 *
 * <p>An option is served for as long as something holds it: a chart showing it, or {@link ChartCache}. Only options
 * the server built are served, by the hash of their content; no name from a request reaches a file or a map of any
 * other kind. The explorer is public and read-only, and so is everything served here.
 */
public final class OptionFiles {
    /** The address of option files, relative to the application's root. */
    public static final String PATH = "chart-options/";

    /** A name as {@link #addressOf} makes it: 43 characters of unpadded base64url, then ".json". */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{43}\\.json");

    /*
     * Caffeine with weak references rather than a map of our own: an entry must live exactly as long as its option,
     * which is what weak keys (compared by identity) and weak values give.
     */
    private static final Cache<PreparedOption, OptionFile> BY_OPTION =
            Caffeine.newBuilder().weakKeys().build();

    private static final Cache<String, OptionFile> BY_NAME =
            Caffeine.newBuilder().weakValues().build();

    private OptionFiles() {}

    /**
     * The compressed JSON of an option and its name.
     *
     * @param name the file name, from the hash of the JSON
     * @param gzipped the JSON in UTF-8, gzip-compressed
     */
    record OptionFile(String name, byte[] gzipped) {
        static OptionFile of(PreparedOption option) {
            byte[] json = option.json().getBytes(StandardCharsets.UTF_8);
            return new OptionFile(hash(json) + ".json", gzip(json));
        }

        /** The JSON as it was before compression, for a client that does not accept gzip. */
        byte[] plain() {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The address (relative to the application's root) at which the browser finds {@code option}, for as long as
     * the option is held. The first call for an option hashes and compresses it; later calls find that work done.
     */
    public static String addressOf(PreparedOption option) {
        OptionFile file = BY_OPTION.get(option, OptionFile::of);
        BY_NAME.put(file.name(), file);
        return PATH + file.name();
    }

    /** The file of that name, if it is one this server made and still holds. */
    static Optional<OptionFile> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.getIfPresent(name));
    }

    private static String hash(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] json) {
        var out = new ByteArrayOutputStream(json.length / 6 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
