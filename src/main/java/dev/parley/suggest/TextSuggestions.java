package dev.parley.suggest;

import java.util.List;

/**
 * What the studio proposes for one pasted article. Each suggestion is only a proposal: the curator accepts or
 * dismisses it, and each has a stable {@code key()} so a dismissal survives a re-analysis of the edited text.
 */
public record TextSuggestions(
        List<ActorMention> actors,
        List<NewName> newNames,
        List<DateMention> dates,
        List<QuoteCandidate> quotes,
        List<TypeSuggestion> types) {
    public TextSuggestions {
        actors = List.copyOf(actors);
        newNames = List.copyOf(newNames);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        types = List.copyOf(types);
    }

    public static TextSuggestions none() {
        return new TextSuggestions(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
