package dev.parley.suggest;

import java.text.Normalizer;

/**
 * A text folded for matching names: accents stripped (NFD, marks dropped), lowercase, every run of whitespace as one
 * space and every apostrophe as {@code '}; each folded character remembers where it came from, so a match in the
 * folded text can be reported as written.
 */
final class FoldedText {
    private final String folded;
    private final int[] from;
    private final int[] to;

    private FoldedText(String folded, int[] from, int[] to) {
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    static FoldedText of(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int before = out.length();
            if (isSpace(c)) {
                if (before > 0 && out.charAt(before - 1) == ' ' && to[before - 1] == i) {
                    to[before - 1] = i + 1;
                    continue;
                }
                out.append(' ');
            } else if (isApostrophe(c)) {
                out.append('\'');
            } else if (c < 128) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (Character.isSurrogate(c)) {
                out.append(c);
            } else {
                appendFolded(c, out);
            }
            if (out.length() == before && before > 0 && to[before - 1] == i) {
                to[before - 1] = i + 1; // a combining mark of its own belongs to the letter before it
            }
            for (int j = before; j < out.length(); j++) {
                from[j] = i;
                to[j] = i + 1;
            }
        }
        return new FoldedText(out.toString(), from, to);
    }

    /** The folded form of a name or alias, as {@link #of} folds a text, without outer spaces. */
    static String key(String name) {
        return of(name).folded.strip();
    }

    /** One character at most per character, so positions stay simple: Hangul and the like are kept whole. */
    private static void appendFolded(char c, StringBuilder out) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = 0;
        int bases = 0;
        for (int k = 0; k < decomposed.length(); k++) {
            char d = decomposed.charAt(k);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                base = d;
                bases++;
            }
        }
        if (bases == 1) {
            out.append(Character.toLowerCase(base));
        } else if (bases > 1) {
            out.append(Character.toLowerCase(c));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '\u201B';
    }

    String text() {
        return folded;
    }

    /** Where the folded character at {@code index} starts in the original text. */
    int start(int index) {
        return from[index];
    }

    /** Where the folded character at {@code index} ends (exclusive) in the original text. */
    int end(int index) {
        return to[index];
    }
}
