package dev.parley.search;

import dev.parley.actor.Actor;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Finds actors (by name and aliases), events (by title and summary) and quotes (by their words) for one
 * search box. Matching ignores case and accents ("zelenskyy" finds "Zelenskyy", "turkiye" finds "Türkiye");
 * every word of the query must occur. Actors whose name starts with the query come first; events and quotes
 * are newest first. A linear scan: instant for tens of thousands of events.
 */
@Service
public class SearchService {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public SearchResults search(Dataset dataset, String query, int limitPerGroup) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return SearchResults.none();
        }
        List<Actor> actors = dataset.actors().stream()
                .filter(a -> matches(words, Stream.concat(Stream.of(a.name(), a.id().value()), a.aliases().stream())))
                .sorted(Comparator.comparing((Actor a) -> !fold(a.name()).startsWith(words.getFirst()))
                        .thenComparing(Actor::name))
                .limit(limitPerGroup)
                .toList();
        List<Event> newestFirst = dataset.events().reversed();
        List<Event> events = newestFirst.stream()
                .filter(e -> matches(
                        words,
                        Stream.of(
                                e.title(), e.summary().orElse(""), e.location().orElse(""))))
                .limit(limitPerGroup)
                .toList();
        List<SearchResults.QuoteHit> quotes = newestFirst.stream()
                .flatMap(e -> e.quotes().stream().map(q -> new SearchResults.QuoteHit(e, q)))
                .filter(h -> matches(words, Stream.of(h.quote().text())))
                .limit(limitPerGroup)
                .toList();
        return new SearchResults(actors, events, quotes);
    }

    private static boolean matches(List<String> words, Stream<String> texts) {
        String haystack = fold(String.join(" \u0000 ", texts.toList()));
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Stream.of(fold(query).split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    /** Lower case without accents, so people can type names the way their keyboard allows. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
