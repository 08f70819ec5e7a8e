package dev.parley.event;

import dev.parley.base.Ids;

/** The id of a source article (one data file). */
public record ArticleId(String value) implements Comparable<ArticleId> {
    public ArticleId {
        Ids.requireValid(value);
    }

    public static ArticleId of(String value) {
        return new ArticleId(value);
    }

    @Override
    public int compareTo(ArticleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
