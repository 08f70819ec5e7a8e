package dev.parley.studio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A curator's work in progress, saved on the server as they type so that it survives a browser crash and a restart.
 * It holds the pasted article text, which never goes into {@code data/} (it is someone else's article).
 *
 * @param id a random UUID
 * @param editing the article being edited, when the draft did not start as a new article
 * @param fingerprint the article file's fingerprint when it was opened (see {@link OpenedArticle}), or {@code ""}
 * @param original the article file's text when it was opened, or {@code ""}
 * @param dismissed the keys of the suggestions the curator dismissed
 */
public record Draft(
        String id,
        String curator,
        Optional<String> editing,
        String fingerprint,
        String original,
        String text,
        ArticleForm article,
        List<ActorForm> newActors,
        Set<String> dismissed,
        Instant updated) {
    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(curator, "curator");
        Objects.requireNonNull(editing, "editing");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
        newActors = List.copyOf(newActors);
        dismissed = Set.copyOf(dismissed);
        Objects.requireNonNull(updated, "updated");
    }
}
