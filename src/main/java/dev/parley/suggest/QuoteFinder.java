package dev.parley.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Passages in quotation marks, found in one pass. Curly double quotes (and guillemets) say themselves whether they
 * open or close; a straight double quote opens after a space or an opening bracket and closes before one, and
 * otherwise toggles. A quote may run over paragraphs when each new paragraph starts with an opening mark, as
 * typesetting has it; an unclosed quote ends at a blank line that no opening mark follows. Curly single quotes count
 * only outside double ones and only when they clearly enclose words on one line: a {@code ’} followed by a letter is
 * an apostrophe ("Putin’s"), never a closing mark.
 */
final class QuoteFinder {
    /** No quotation in news prose is longer; a longer one is an unbalanced mark, not a quote. */
    private static final int MAX_LENGTH = 10_000;

    private static final int MAX_SINGLE_LENGTH = 300;

    /**
     * One quotation.
     *
     * @param open the opening mark
     * @param close the closing mark
     * @param start where the quoted words start, after the mark and any space
     * @param end where the quoted words end, before a trailing comma or colon, any space and the mark
     */
    record Span(int open, int close, int start, int end) {}

    private QuoteFinder() {}

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int open = -1;
        int single = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                single = -1;
                int j = i + 1;
                boolean blank = false;
                while (j < n && FoldedText.isSpace(text.charAt(j))) {
                    blank |= text.charAt(j) == '\n';
                    j++;
                }
                if (open >= 0 && j < n && opens(text, j)) {
                    i = j; // the next paragraph goes on with the same quotation
                } else {
                    if (blank) {
                        open = -1;
                    }
                    i = j - 1;
                }
                continue;
            }
            if (isDouble(c)) {
                if (opens(text, i)) {
                    open = i;
                    single = -1;
                } else if (open >= 0) {
                    add(text, open, i, spans);
                    open = -1;
                }
            } else if (open < 0 && c == '\u2018' && isWordStart(text, i)) {
                single = i;
            } else if (single >= 0 && c == '\u2019' && closesSingle(text, i)) {
                if (i - single <= MAX_SINGLE_LENGTH) {
                    add(text, single, i, spans);
                }
                single = -1;
            }
        }
        return spans;
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** Whether the double quotation mark at {@code i} opens a quotation. */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        boolean spaceBefore =
                i == 0 || FoldedText.isSpace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 == text.length() || FoldedText.isSpace(text.charAt(i + 1));
        return spaceBefore && !spaceAfter;
    }

    private static boolean isWordStart(String text, int i) {
        boolean before = i == 0 || FoldedText.isSpace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean closesSingle(String text, int i) {
        boolean after = i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return after && !FoldedText.isSpace(text.charAt(i - 1));
    }

    private static void add(String text, int open, int close, List<Span> spans) {
        if (close - open > MAX_LENGTH) {
            return;
        }
        int start = open + 1;
        int end = close;
        while (start < end && FoldedText.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && (FoldedText.isSpace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        for (int k = start; k < end; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                spans.add(new Span(open, close, start, end));
                return;
            }
        }
    }
}
