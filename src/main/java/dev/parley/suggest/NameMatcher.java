package dev.parley.suggest;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds known actors' names and aliases in a text with one Aho-Corasick automaton (robert-bor's
 * {@code org.ahocorasick}, kept and small), compiled once: a scan costs the length of the text plus the matches,
 * whatever the number of actors. Names are matched in the folded text ({@link FoldedText}), so case, accents,
 * apostrophe styles and line breaks do not matter; only whole words count, and the longest of overlapping matches
 * wins. An all-capitals alias of up to four letters ("US", "EU", "NATO") matches only in capitals, so the pronoun
 * "us" is not the United States.
 */
final class NameMatcher {
    private record Target(ActorId actor, boolean capitalsOnly) {}

    /**
     * A known name in the text.
     *
     * @param start where the name starts in the original text
     * @param end where the name ends, exclusive, before any possessive "'s"
     * @param formEnd where the name as written ends, after a possessive "'s" if there is one
     * @param actors the actors with this name or alias (usually one)
     * @param form the name as written, whitespace collapsed ("Putin's", "Volodymyr Zelenskyy")
     */
    record Hit(int start, int end, int formEnd, List<ActorId> actors, String form) {
        boolean possessive() {
            return formEnd > end;
        }
    }

    private final PayloadTrie<List<Target>> trie;
    private final Set<String> keys;
    private final Map<ActorId, ActorKind> kinds = new HashMap<>();

    NameMatcher(Collection<Actor> actors) {
        Map<String, List<Target>> byKey = new LinkedHashMap<>();
        for (Actor actor : actors) {
            kinds.put(actor.id(), actor.kind());
            List<String> names = new ArrayList<>(actor.aliases());
            names.addFirst(actor.name());
            for (String name : names) {
                String key = FoldedText.key(name);
                if (!key.isEmpty()) {
                    List<Target> targets = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    Target target = new Target(actor.id(), capitalsOnly(name.strip()));
                    if (!targets.contains(target)) {
                        targets.add(target);
                    }
                }
            }
        }
        PayloadTrie.PayloadTrieBuilder<List<Target>> builder = PayloadTrie.builder();
        byKey.forEach((key, targets) -> builder.addKeyword(key, List.copyOf(targets)));
        this.trie = builder.build();
        this.keys = Set.copyOf(byKey.keySet());
    }

    /** Whether {@code name}, folded, is some actor's name or alias. */
    boolean isKnown(String name) {
        return keys.contains(FoldedText.key(name));
    }

    ActorKind kindOf(ActorId actor) {
        return kinds.get(actor);
    }

    /** The known names in {@code text}, in text order, none overlapping. */
    List<Hit> find(String text, FoldedText folded) {
        String f = folded.text();
        List<Hit> candidates = new ArrayList<>();
        trie.parseText(f, emit -> {
            Hit hit = hit(text, folded, emit);
            if (hit != null) {
                candidates.add(hit);
            }
            return true;
        });
        candidates.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::start));
        BitSet taken = new BitSet(text.length());
        List<Hit> hits = new ArrayList<>();
        for (Hit h : candidates) {
            int next = taken.nextSetBit(h.start());
            if (next < 0 || next >= h.end()) {
                taken.set(h.start(), h.end());
                hits.add(h);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private Hit hit(String text, FoldedText folded, PayloadEmit<List<Target>> emit) {
        String f = folded.text();
        int s = emit.getStart();
        int e = emit.getEnd() + 1;
        if (s > 0 && Words.isWordChar(f.charAt(s - 1)) || e < f.length() && Words.isWordChar(f.charAt(e))) {
            return null;
        }
        int start = folded.start(s);
        int end = folded.end(e - 1);
        boolean capitals = allCapitals(text, start, end);
        List<ActorId> actors = emit.getPayload().stream()
                .filter(t -> !t.capitalsOnly() || capitals)
                .map(Target::actor)
                .distinct()
                .toList();
        if (actors.isEmpty()) {
            return null;
        }
        int formEnd = end;
        if (e + 1 < f.length()
                && f.charAt(e) == '\''
                && f.charAt(e + 1) == 's'
                && (e + 2 == f.length() || !Words.isWordChar(f.charAt(e + 2)))) {
            formEnd = folded.end(e + 1);
        }
        return new Hit(start, end, formEnd, actors, Sentences.collapse(text.substring(start, formEnd)));
    }

    private static boolean capitalsOnly(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 4;
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
