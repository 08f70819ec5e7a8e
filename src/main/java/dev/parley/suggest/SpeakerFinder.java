package dev.parley.suggest;

import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.suggest.NameMatcher.Hit;
import dev.parley.suggest.Words.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The speaker the words around a quotation suggest, tried in this order: after it ({@code "...," said X}, {@code
 * "...," X said}, {@code "..." X told reporters}), before it ({@code X said: "..."}, {@code X told reporters "..."}),
 * then "according to X" in its sentence. The speaker's description is read up to a comma or a word such as "on" or
 * "who"; the last known name in it is the speaker ("the Kremlin's spokesman Dmitry Peskov" is Peskov, not the
 * Kremlin), else its last capitalised name as written. A lone "he" or "she" is taken to be the last person named
 * before the quotation, a guess the curator confirms or dismisses like any other suggestion.
 */
final class SpeakerFinder {
    private static final int MAX_PHRASE = 8;
    private static final int VERB_REACH = 4;
    /** How far from a quotation "according to" is looked for, and how many names back a "he" is looked up. */
    private static final int REACH = 300;

    private static final int PERSON_REACH = 50;
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that");

    /** A suggested speaker: a known actor, the name as written, or both. */
    record Speaker(Optional<ActorId> actor, Optional<String> name) {
        static final Speaker NONE = new Speaker(Optional.empty(), Optional.empty());
    }

    private final String text;
    private final List<Word> words;
    private final List<Hit> hits;
    private final NameMatcher matcher;
    private final Sentences sentences;

    SpeakerFinder(String text, List<Word> words, List<Hit> hits, NameMatcher matcher, Sentences sentences) {
        this.text = text;
        this.words = words;
        this.hits = hits;
        this.matcher = matcher;
        this.sentences = sentences;
    }

    Speaker speakerOf(QuoteFinder.Span quote) {
        int after = firstWordFrom(quote.close() + 1);
        if (after < words.size() && gapIs(quote.close() + 1, words.get(after).start(), " \t\u00A0,.!?")) {
            if (isVerb(after)) {
                boolean named = after + 1 < words.size() && joined(after, after + 1);
                return named ? describe(after + 1, forward(after + 1), quote.open()) : Speaker.NONE;
            }
            for (int k = after; k < Math.min(words.size(), after + MAX_PHRASE + 1); k++) {
                if (k > after && !joined(k - 1, k)) {
                    break;
                }
                if (isVerb(k)) {
                    boolean next = endsSentence(quote) && introducesQuote(k);
                    return k > after && !next ? describe(after, k, quote.open()) : Speaker.NONE;
                }
                if (Vocabulary.PHRASE_STOPS.contains(words.get(k).folded())) {
                    break;
                }
            }
        }
        int before = firstWordFrom(quote.open()) - 1;
        if (before >= 0 && gapIs(words.get(before).end(), quote.open(), " \t\r\n\u00A0,:")) {
            for (int k = before; k >= Math.max(0, before - VERB_REACH); k--) {
                if (k < before && !joined(k, k + 1)) {
                    break;
                }
                if (isVerb(k)) {
                    return describe(backward(k - 1), k, quote.open());
                }
            }
        }
        int from = firstWordFrom(Math.max(quote.open() - REACH, sentences.start(sentences.indexAt(quote.open()))));
        int to = firstWordFrom(Math.min(quote.close() + REACH, sentences.end(sentences.indexAt(quote.close()))));
        for (int k = from; k < to && k + 2 < words.size(); k++) {
            if (words.get(k).folded().equals("according")
                    && words.get(k + 1).folded().equals("to")
                    && (words.get(k).start() > quote.close() || words.get(k).end() < quote.open())) {
                return describe(k + 2, forward(k + 2), quote.open());
            }
        }
        return Speaker.NONE;
    }

    /** The speaker in words {@code [from, to)}. */
    private Speaker describe(int from, int to, int quoteOpen) {
        if (from >= to) {
            return Speaker.NONE;
        }
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        Hit named = null;
        for (int h = firstHitFrom(start); h < hits.size() && hits.get(h).start() < end; h++) {
            Hit hit = hits.get(h);
            if (!hit.possessive() || hit.formEnd() >= end) {
                named = hit;
            }
        }
        if (named != null) {
            return new Speaker(Optional.of(named.actors().getFirst()), Optional.of(bare(named)));
        }
        if (to - from == 1 && PRONOUNS.contains(words.get(from).folded())) {
            return lastPersonBefore(quoteOpen);
        }
        for (int k = to - 1; k >= from; k--) {
            Word w = words.get(k);
            if (w.capitalised() && !(w.possessive() && k < to - 1) && !NOT_NAMES.contains(w.folded())) {
                int first = k;
                while (first > from
                        && words.get(first - 1).capitalised()
                        && !words.get(first - 1).possessive()) {
                    first--;
                }
                while (first < k && Vocabulary.isTitle(words.get(first).folded(), null)) {
                    first++;
                }
                String name = text.substring(
                        words.get(first).start(), w.start() + w.bare().length());
                return new Speaker(Optional.empty(), Optional.of(Sentences.collapse(name)));
            }
        }
        String phrase = Sentences.collapse(text.substring(start, end));
        boolean usable =
                to - from <= VERB_REACH && !NOT_NAMES.contains(words.get(from).folded());
        return usable ? new Speaker(Optional.empty(), Optional.of(phrase)) : Speaker.NONE;
    }

    private Speaker lastPersonBefore(int offset) {
        int last = firstHitFrom(offset) - 1;
        for (int h = last; h >= Math.max(0, last - PERSON_REACH); h--) {
            for (ActorId actor : hits.get(h).actors()) {
                if (matcher.kindOf(actor) == ActorKind.PERSON) {
                    return new Speaker(Optional.of(actor), Optional.of(bare(hits.get(h))));
                }
            }
        }
        return Speaker.NONE;
    }

    private String bare(Hit hit) {
        return Sentences.collapse(text.substring(hit.start(), hit.end()));
    }

    /** The end (exclusive) of a speaker's description that starts at word {@code from}. */
    private int forward(int from) {
        int k = from;
        while (k < words.size()
                && k - from < MAX_PHRASE
                && (k == from || joined(k - 1, k))
                && !Vocabulary.PHRASE_STOPS.contains(words.get(k).folded())
                && !isVerb(k)) {
            k++;
        }
        return k;
    }

    /** The start of a speaker's description that ends at word {@code last}. */
    private int backward(int last) {
        int k = last;
        while (k >= 0
                && last - k < MAX_PHRASE
                && (k == last || joined(k, k + 1))
                && !Vocabulary.PHRASE_STOPS.contains(words.get(k).folded())) {
            k--;
        }
        return k + 1;
    }

    /** Whether the quotation ends with a full stop, a question or an exclamation mark. */
    private boolean endsSentence(QuoteFinder.Span quote) {
        int i = quote.close() - 1;
        while (i > quote.open() && FoldedText.isSpace(text.charAt(i))) {
            i--;
        }
        return ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether the speaking verb at {@code k}, or its object ("told reporters"), is followed by an opening quotation
     * mark: after a quotation that ends a sentence, such a verb introduces the next quotation, not this one.
     */
    private boolean introducesQuote(int k) {
        for (int j = k; j <= k + 2 && j < words.size(); j++) {
            if (j > k && !joined(j - 1, j)) {
                return false;
            }
            int i = words.get(j).end();
            while (i < text.length() && (FoldedText.isSpace(text.charAt(i)) || text.charAt(i) == ':')) {
                i++;
            }
            if (i < text.length() && "\"\u201C\u00AB\u2018".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isVerb(int k) {
        return Vocabulary.SPEECH_VERBS.contains(words.get(k).folded());
    }

    private boolean joined(int a, int b) {
        return Words.spaceBetween(text, words.get(a).end(), words.get(b).start());
    }

    /** Whether only {@code allowed} characters or spaces other than a line break (unless allowed) lie between. */
    private boolean gapIs(int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = c == '\n' ? allowed.indexOf(c) >= 0 : allowed.indexOf(c) >= 0 || FoldedText.isSpace(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private int firstWordFrom(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstHitFrom(int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
