package dev.parley.event;

import dev.parley.base.PartialDate;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** A source article: every event cites one. {@code file} is the data file it came from, relative to the data directory. */
public record Article(
        ArticleId id,
        String title,
        String outlet,
        Optional<URI> url,
        PartialDate published,
        Optional<String> note,
        String file) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        url.ifPresent(u -> {
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new IllegalArgumentException("only http(s) source links are allowed: " + u);
            }
        });
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(file, "file");
    }
}
