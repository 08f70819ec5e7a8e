package dev.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimised frontend bundle that a production build ({@code ./mvnw -Pproduction package}) leaves in
 * {@code src/main/bundles/prod.bundle}, committed like the development bundle beside it. Vaadin reuses it in a
 * production build while the frontend is unchanged; tests use it to run the app as the production jar does without
 * a minute of Vite in every build.
 */
public final class ProductionBundle {
    public static final Path FILE = Path.of("src/main/bundles/prod.bundle");
    private static final Path FRONTEND = Path.of("frontend");

    private ProductionBundle() {}

    /**
     * Our own frontend files whose content differs from what the bundle was built from, or that it lacks: empty
     * when the bundle is current. Vaadin's build records a SHA-256 of every frontend file it bundled.
     */
    public static List<String> staleFiles() throws IOException {
        Map<String, String> built = builtHashes();
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(FRONTEND.resolve("generated")))
                    .toList()) {
                String name = FRONTEND.relativize(file).toString().replace('\\', '/');
                if (!sha256(Files.readAllBytes(file)).equals(built.get(name))) {
                    stale.add(name);
                }
            }
        }
        return stale;
    }

    private static Map<String, String> builtHashes() throws IOException {
        try (ZipFile zip = new ZipFile(FILE.toFile());
                InputStream stats = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            Map<String, String> hashes = new HashMap<>();
            JsonMapper.shared()
                    .readTree(stats)
                    .path("frontendHashes")
                    .properties()
                    .forEach(e -> hashes.put(e.getKey(), e.getValue().asString()));
            return hashes;
        }
    }

    /**
     * Writes the bundle into {@code root} as a production jar holds it on its class path: the bundled files under
     * {@code META-INF/VAADIN/webapp}, the build's description and the token that puts Vaadin in production mode under
     * {@code META-INF/VAADIN/config}.
     */
    public static void unpackAsClassPathRoot(Path root) throws IOException {
        Path vaadin = root.resolve("META-INF/VAADIN");
        try (ZipFile zip = new ZipFile(FILE.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || !(name.startsWith("webapp/") || name.equals("config/stats.json"))) {
                    continue;
                }
                Path target = vaadin.resolve(name).normalize();
                if (!target.startsWith(vaadin)) {
                    throw new IOException("an entry outside the bundle: " + name);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        Files.writeString(
                vaadin.resolve("config/flow-build-info.json"),
                "{\"productionMode\": true, \"eagerServerLoad\": false, \"react.enable\": false}");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
