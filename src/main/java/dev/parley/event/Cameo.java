package dev.parley.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codes Parley knows, with names and Goldstein scores, read once from {@code cameo.tsv} beside this class
 * (tab-separated: code, score, name; {@code #} starts a comment). The scores are GDELT's lookup of the Goldstein
 * scale for CAMEO; {@code docs/relationships.md} cites the sources, and {@code CameoTest} checks the file against
 * the published table. Kept as data, not code, so the table can be read and checked line by line.
 */
public final class Cameo {
    private static final Map<String, CameoCode> CODES = load();

    private Cameo() {}

    /** The code, if Parley knows it. */
    public static Optional<CameoCode> code(String code) {
        return Optional.ofNullable(CODES.get(code));
    }

    /** Every known code, in the order of the list (by code). */
    public static Collection<CameoCode> codes() {
        return CODES.values();
    }

    /** A root category; every root of {@link EventType#cameoRoots()} is in the list, which a test checks. */
    static CameoCode root(String root) {
        return code(root).orElseThrow(() -> new IllegalStateException("CAMEO root " + root + " is not in cameo.tsv"));
    }

    private static Map<String, CameoCode> load() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        try (InputStream in = Cameo.class.getResourceAsStream("cameo.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cameo.tsv is missing from the class path");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException("cameo.tsv line " + number + ": expected code, score, name");
                }
                CameoCode code = new CameoCode(cells[0].strip(), cells[2].strip(), Double.parseDouble(cells[1]));
                if (codes.put(code.code(), code) != null) {
                    throw new IllegalStateException("cameo.tsv line " + number + ": code " + code.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(codes);
    }
}
