package dev.parley.suggest;

import java.util.regex.Pattern;

/**
 * The verbatim-quote rule: a quote must occur word for word in its source. Only whitespace (including line
 * breaks), the style of quotation marks and the style of apostrophes are normalised; nothing else: not case, not
 * accents, not dashes, not punctuation.
 */
public final class Verbatim {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2028\\u2029]+");
    private static final Pattern DOUBLE_QUOTES =
            Pattern.compile("[\"\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]");
    private static final Pattern APOSTROPHES = Pattern.compile("['\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]");

    private Verbatim() {}

    /**
     * {@code text} with every run of whitespace as one space, trimmed, every double quotation mark as {@code "} and
     * every single quotation mark or apostrophe as {@code '}.
     */
    public static String normalise(String text) {
        String spaced = WHITESPACE.matcher(text).replaceAll(" ").strip();
        String doubled = DOUBLE_QUOTES.matcher(spaced).replaceAll("\"");
        return APOSTROPHES.matcher(doubled).replaceAll("'");
    }

    /** Whether {@code quote} occurs word for word in {@code source}, after {@link #normalise} of both. */
    public static boolean occursIn(String quote, String source) {
        String needle = normalise(quote);
        return !needle.isEmpty() && normalise(source).contains(needle);
    }
}
