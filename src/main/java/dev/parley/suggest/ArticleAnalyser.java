package dev.parley.suggest;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.suggest.NameMatcher.Hit;
import dev.parley.suggest.SpeakerFinder.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a pasted article and proposes actors, new names, dates, quotes with speakers, and event types. Built once
 * per set of actors (the name matcher is compiled in the constructor), then thread-safe: {@link #analyse} keeps its
 * state on the stack. Every step is one pass over the text or over its words, so the cost grows linearly with the
 * text; a text of 2,000 words against 2,000 actors takes a few milliseconds.
 */
public final class ArticleAnalyser {
    private static final int SENTENCES = 3;

    private final NameMatcher matcher;
    private final NewNameFinder newNames;

    public ArticleAnalyser(Collection<Actor> actors) {
        this.matcher = new NameMatcher(actors);
        this.newNames = new NewNameFinder(matcher, new SimilarNames(actors));
    }

    /** The suggestions for {@code text}, with relative dates resolved against {@code published}. */
    public TextSuggestions analyse(String text, LocalDate published) {
        Objects.requireNonNull(published, "published");
        if (text == null || text.isBlank()) {
            return TextSuggestions.none();
        }
        Sentences sentences = Sentences.of(text);
        List<Hit> hits = matcher.find(text, FoldedText.of(text));
        List<Words.Word> words = Words.of(text);
        SpeakerFinder speakers = new SpeakerFinder(text, words, hits, matcher, sentences);
        return new TextSuggestions(
                actors(hits, sentences),
                newNames.find(text, words, hits, sentences),
                DateFinder.find(text, words, published, sentences),
                quotes(text, speakers, sentences),
                TypeFinder.find(text, words, sentences));
    }

    private static List<ActorMention> actors(List<Hit> hits, Sentences sentences) {
        record Seen(Set<String> forms, Set<String> sentences, int[] count) {}
        Map<ActorId, Seen> seen = new LinkedHashMap<>();
        for (Hit hit : hits) {
            for (ActorId actor : hit.actors()) {
                Seen s = seen.computeIfAbsent(
                        actor, a -> new Seen(new LinkedHashSet<>(), new LinkedHashSet<>(), new int[1]));
                s.forms().add(hit.form());
                if (s.sentences().size() < SENTENCES) {
                    s.sentences().add(sentences.at(hit.start()));
                }
                s.count()[0]++;
            }
        }
        List<ActorMention> mentions = new ArrayList<>();
        seen.forEach((actor, s) -> mentions.add(
                new ActorMention(actor, List.copyOf(s.forms()), List.copyOf(s.sentences()), s.count()[0])));
        return mentions;
    }

    private static List<QuoteCandidate> quotes(String text, SpeakerFinder speakers, Sentences sentences) {
        Map<String, QuoteCandidate> quotes = new LinkedHashMap<>();
        for (QuoteFinder.Span span : QuoteFinder.find(text)) {
            String quoted = text.substring(span.start(), span.end());
            if (!quotes.containsKey(quoted)) {
                Speaker speaker = speakers.speakerOf(span);
                quotes.put(
                        quoted, new QuoteCandidate(quoted, speaker.actor(), speaker.name(), sentences.at(span.open())));
            }
        }
        return List.copyOf(quotes.values());
    }
}
