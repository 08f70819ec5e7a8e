package dev.parley.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text, in one pass: letters and digits, with apostrophes and hyphens inside a word ("Putin's",
 * "al-Assad") and the full stop of an initial, an acronym or a common abbreviation ("V.", "U.S.", "Mr.").
 */
final class Words {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
            "adm", "pres");

    /** One word: where it is, as written, and lowercase without accents. */
    record Word(int start, int end, String text, String folded) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** The word without a final possessive "'s". */
        String bare() {
            return possessive() ? text.substring(0, text.length() - 2) : text;
        }

        boolean possessive() {
            int n = text.length();
            return n > 2
                    && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')
                    && FoldedText.isApostrophe(text.charAt(n - 2));
        }
    }

    private Words() {}

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** The words that start in {@code [from, to)}; a word may run past {@code to}. */
    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int segment = i;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if ((FoldedText.isApostrophe(c) || isHyphen(c)) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    i++;
                    segment = i;
                } else if (c == '.' && takesStop(text, start, segment, i)) {
                    i++;
                    if (i - segment == 2 && i < n && Character.isLetter(text.charAt(i))) {
                        segment = i; // an acronym goes on: "U.S."
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            String written = text.substring(start, i);
            words.add(new Word(start, i, written, fold(written)));
        }
        return words;
    }

    /** Lowercase without accents; most words are plain ASCII, which needs no decomposition. */
    private static String fold(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c > 127) {
                return FoldedText.key(word);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean takesStop(String text, int start, int segment, int dot) {
        if (dot - segment == 1 && Character.isLetter(text.charAt(segment))) {
            return Character.isUpperCase(text.charAt(segment)) || segment > start;
        }
        return segment == start
                && ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Whether only whitespace, without a blank line, lies between {@code from} and {@code to}. */
    static boolean spaceBetween(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!FoldedText.isSpace(c)) {
                return false;
            }
            if (c == '\n' && ++lines > 1) {
                return false;
            }
        }
        return true;
    }
}
