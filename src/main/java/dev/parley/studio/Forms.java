package dev.parley.studio;

/** The one rule for form text: never null, trimmed at both ends. */
final class Forms {
    private Forms() {}

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
