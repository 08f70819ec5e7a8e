package dev.parley.suggest;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The sentences of a text, found once so that every suggestion can show its sentence by a binary search. The JDK's
 * English sentence rules do the splitting; on top of them a blank line ends a sentence (a headline, a paragraph
 * without a full stop), and a full stop after a common abbreviation or an initial ("Mr.", "Feb.", "U.S.", "V.")
 * does not, which is right far more often than wrong in news text. Around quotations the rule is the one news
 * writing follows: a sentence that ends inside a quotation ends at its closing mark when a capital or an opening
 * mark comes next, also after an ellipsis ("…”") or in German marks ("„…“"), which the JDK runs on; a closing mark
 * followed by a word in lower case ("“Ready?” he asked") is not an end, where the JDK splits.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
            "adm", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final String CLOSING_MARKS = "\"”’'“»";
    /** The end of a sentence inside a quotation, up to where the next sentence starts. */
    private static final Pattern QUOTATION_END =
            Pattern.compile("(?U)[.!?…][" + CLOSING_MARKS + "]+\\s+(?=[\\p{Lu}\"“‘'„«])");

    private final String text;
    private final int[] starts;
    private final String[] shown;

    private Sentences(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
        this.shown = new String[starts.length];
    }

    static Sentences of(String text) {
        IntStream.Builder starts = IntStream.builder();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        for (int b = iterator.first(); b != BreakIterator.DONE && b < text.length(); b = iterator.next()) {
            if (b == 0 || !afterAbbreviation(text, b) && !lowerCaseAfterQuotation(text, b)) {
                starts.add(b);
            }
        }
        Matcher quotationEnd = QUOTATION_END.matcher(text);
        while (quotationEnd.find()) {
            starts.add(quotationEnd.end());
        }
        for (int p = nextParagraph(text, 0); p > 0; p = nextParagraph(text, p)) {
            starts.add(p);
        }
        return new Sentences(text, starts.build().sorted().distinct().toArray());
    }

    /** Where the text after the next blank line starts, at or after {@code from}; -1 when there is none. */
    private static int nextParagraph(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            boolean blank = false;
            while (j < text.length() && FoldedText.isSpace(text.charAt(j))) {
                blank |= text.charAt(j) == '\n';
                j++;
            }
            if (blank && j < text.length()) {
                return j;
            }
            i = j < text.length() ? text.indexOf('\n', j) : -1;
        }
        return -1;
    }

    /** Whether the sentence break at {@code b} comes right after an abbreviation or an initial. */
    private static boolean afterAbbreviation(String text, int b) {
        int end = b;
        while (end > 0 && FoldedText.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '.' || end == b) {
            return false;
        }
        int start = end - 1;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, end - 1);
        if (word.contains(".") || word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return word.length() <= 5 && !word.contains(".."); // "U.S", "U.K", "V"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the break at {@code b} puts a word in lower case after a closing quotation mark: "“Ready?” he asked". */
    private static boolean lowerCaseAfterQuotation(String text, int b) {
        int end = b;
        while (end > 0 && FoldedText.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0
                && end < b
                && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0
                && Character.isLowerCase(text.charAt(b));
    }

    int count() {
        return starts.length;
    }

    /** The index of the sentence holding the character at {@code offset}. */
    int indexAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] : text.length();
    }

    /** The sentence as shown to a curator: as written, with each run of whitespace as one space. */
    String text(int index) {
        String s = shown[index];
        if (s == null) {
            s = collapse(text.substring(start(index), end(index)));
            shown[index] = s;
        }
        return s;
    }

    /** The sentence holding the character at {@code offset}. */
    String at(int offset) {
        return text(indexAt(offset));
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (FoldedText.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
