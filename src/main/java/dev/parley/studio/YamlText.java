package dev.parley.studio;

import dev.parley.base.Ids;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the studio writes one value in a data file: ids, dates and links plain where that is unambiguous, like the
 * curated files; everything else as a double-quoted scalar in which every {@code "}, {@code \}, control character,
 * line break and character YAML does not allow unescaped is escaped, so any text, however hostile, is valid YAML on
 * one line and reads back identical.
 */
final class YamlText {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Printable ASCII without spaces, starting with a scheme: no {@code ": "} or {@code " #"} can occur. */
    private static final Pattern PLAIN_URL = Pattern.compile("https?://[!-~]*[!-9;-~]");
    /** Words YAML reads as something other than the same text in some schema. */
    private static final Set<String> RESERVED = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private YamlText() {}

    /** An id or a word of a vocabulary (type, role, kind): plain when it is a valid id, quoted otherwise. */
    static String word(String value) {
        return Ids.isValid(value) && !RESERVED.contains(value) ? value : quoted(value);
    }

    /** A date: plain when it has the {@code YYYY[-MM[-DD]]} shape, quoted otherwise (for the loader to reject). */
    static String date(String value) {
        return DATE.matcher(value).matches() ? value : quoted(value);
    }

    static String url(String value) {
        return PLAIN_URL.matcher(value).matches() ? value : quoted(value);
    }

    /** Free text as a double-quoted scalar. */
    static String quoted(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case 0 -> s.append("\\0");
                default -> {
                    if (printable(c)) {
                        s.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        s.append(String.format("\\x%02X", c));
                    } else {
                        s.append(String.format("\\u%04X", c));
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /**
     * YAML 1.2's printable set, less the byte-order mark (which readers may drop) and U+2028/U+2029, which YAML 1.1
     * tools take for line breaks; those and U+0085 are written as {@code \\u} escapes (snakeyaml-engine does not read
     * the {@code \\L}, {@code \\P} and {@code \\N} shorthands).
     */
    private static boolean printable(int c) {
        return c >= 0x20 && c <= 0x7E
                || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
