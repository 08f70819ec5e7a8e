package dev.parley.suggest;

import dev.parley.actor.Actor;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Reads a pasted article and proposes actors, new names, dates, quotes with speakers, and event types. Built once
 * per set of actors (the name matcher is compiled in the constructor), then thread-safe.
 */
public final class ArticleAnalyser {
    public ArticleAnalyser(Collection<Actor> actors) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** The suggestions for {@code text}, with relative dates resolved against {@code published}. */
    public TextSuggestions analyse(String text, LocalDate published) {
        throw new UnsupportedOperationException("issue 13: being built");
    }
}
