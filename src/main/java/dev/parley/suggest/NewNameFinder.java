package dev.parley.suggest;

import dev.parley.suggest.Words.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capitalised names of two to five words that are no known actor: perhaps new actors. A name is a run of capitalised
 * words on one line of prose (particles such as "bin", "de", "von", "al-" may sit inside); a known name in the run
 * splits it. The words a name cannot start or end with are trimmed: function words that open a sentence, months,
 * weekdays, initials, and titles, everything up to the last title included ("On Wednesday Prime Minister Keir
 * Starmer" gives "Keir Starmer"; "Secretary of State Marco Rubio" gives "Marco Rubio").
 */
final class NewNameFinder {
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 5;
    private static final int SENTENCES = 3;

    private final NameMatcher matcher;
    private final SimilarNames similar;

    NewNameFinder(NameMatcher matcher, SimilarNames similar) {
        this.matcher = matcher;
        this.similar = similar;
    }

    List<NewName> find(String text, List<Word> words, List<NameMatcher.Hit> hits, Sentences sentences) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Set<String> knownNames = new HashSet<>();
        List<Word> run = new ArrayList<>();
        int h = 0;
        Word previous = null;
        for (Word w : words) {
            while (h < hits.size() && hits.get(h).formEnd() <= w.start()) {
                h++;
            }
            boolean inHit = h < hits.size() && hits.get(h).start() < w.end();
            boolean joined = previous != null && Words.spaceBetween(text, previous.end(), w.start());
            if (inHit || !joined || !nameLike(w, run.isEmpty())) {
                flush(text, run, sentences, found, knownNames);
            }
            if (!inHit && nameLike(w, run.isEmpty())) {
                run.add(w);
                if (w.possessive()) {
                    flush(text, run, sentences, found, knownNames);
                }
            }
            previous = w;
        }
        flush(text, run, sentences, found, knownNames);
        List<NewName> names = new ArrayList<>();
        found.forEach((name, where) -> names.add(new NewName(name, List.copyOf(where), similar.closest(name))));
        return names;
    }

    private static boolean nameLike(Word w, boolean first) {
        if (w.capitalised()) {
            return true;
        }
        int hyphen = indexOfHyphen(w.text());
        if (hyphen > 0
                && hyphen + 1 < w.text().length()
                && Character.isUpperCase(w.text().charAt(hyphen + 1))) {
            return Vocabulary.PARTICLES.contains(w.folded().substring(0, hyphen));
        }
        return !first && Vocabulary.PARTICLES.contains(w.folded());
    }

    private static int indexOfHyphen(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Words.isHyphen(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private void flush(
            String text, List<Word> run, Sentences sentences, Map<String, Set<String>> found, Set<String> known) {
        if (run.isEmpty()) {
            return;
        }
        int start = 0;
        int end = run.size();
        while (end > start && !canEnd(run.get(end - 1), end - 1 > 0 ? run.get(end - 2) : null)) {
            end--;
        }
        for (int k = end - 1; k >= start; k--) {
            if (Vocabulary.isTitle(run.get(k).folded(), k > 0 ? run.get(k - 1).folded() : null)) {
                start = k + 1;
                if (start + 1 < end && run.get(start).folded().equals("of")) {
                    start += 2;
                }
                break;
            }
        }
        while (start < end && !canStart(run.get(start))) {
            start++;
        }
        if (end - start >= MIN_WORDS && end - start <= MAX_WORDS) {
            Word last = run.get(end - 1);
            String name = Sentences.collapse(text.substring(
                    run.get(start).start(), last.start() + last.bare().length()));
            Set<String> where = found.get(name);
            if (where == null && !known.contains(name)) {
                if (matcher.isKnown(name)) {
                    known.add(name);
                } else {
                    where = new LinkedHashSet<>();
                    found.put(name, where);
                }
            }
            if (where != null && where.size() < SENTENCES) {
                where.add(sentences.at(run.get(start).start()));
            }
        }
        run.clear();
    }

    private static boolean canStart(Word w) {
        String f = w.folded();
        return w.capitalised()
                && !Vocabulary.FUNCTION_WORDS.contains(f)
                && !Vocabulary.MONTHS.contains(f)
                && !Vocabulary.WEEKDAYS.contains(f)
                && !Vocabulary.TITLES.contains(f);
    }

    private static boolean canEnd(Word w, Word before) {
        String f = w.folded();
        boolean initial = w.text().length() == 2 && w.text().charAt(1) == '.';
        return (w.capitalised() || indexOfHyphen(w.text()) > 0)
                && !initial
                && !Vocabulary.FUNCTION_WORDS.contains(f)
                && !Vocabulary.MONTHS.contains(f)
                && !Vocabulary.WEEKDAYS.contains(f)
                && !Vocabulary.isTitle(f, before == null ? null : before.folded());
    }
}
