package dev.parley.studio;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Problem;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.suggest.TextSuggestions;
import java.util.List;
import java.util.Optional;

/**
 * The curation studio's one entry point for its views: suggestions for a pasted text, validation as the curator
 * types, drafts, saving and deleting articles (atomic, conflict-checked, committed to git when the data directory is
 * in a repository) and the history of changes.
 */
public class StudioService {

    /** Suggestions for a pasted text; {@code published} is the form's raw publication date (today when unreadable). */
    public TextSuggestions suggest(String text, String published) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** Every problem of the draft's article and new actors, with the messages of {@code --validate}, plus quotes
     * that are not word for word in the pasted text. Empty when the draft can be saved. */
    public List<Problem> check(Draft draft) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** Writes the draft's article file and new actors, commits, and reloads the data. */
    public SaveOutcome save(Draft draft, Curator curator) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** Removes an article file opened with {@code fingerprint}; refused with a conflict when it changed since. */
    public SaveOutcome delete(ArticleId article, String fingerprint, Curator curator) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public OpenedArticle open(ArticleId article) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** The articles of the data the explorer shows now, newest first. */
    public List<Article> articles() {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public List<Actor> actors() {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** An id for a new actor made from its name ("Volodymyr Zelenskyy" → {@code volodymyr-zelenskyy}). */
    public String idFromName(String name) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** A known actor whose name or alias is close to {@code name} ("did you mean"). */
    public Optional<ActorId> similarActor(String name) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public boolean historyEnabled() {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public List<HistoryEntry> history(int limit) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** Undoes a commit as a new commit by {@code curator}. */
    public SaveOutcome revert(String commit, Curator curator) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** Saves the draft as the curator types; returns it with its new time. */
    public Draft keep(Draft draft) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public List<Draft> drafts(Curator curator) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public Optional<Draft> draft(Curator curator, String id) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    public void discard(Curator curator, String id) {
        throw new UnsupportedOperationException("issue 13: being built");
    }

    /** A new draft: empty, or opened from an article. */
    public Draft newDraft(Curator curator, Optional<ArticleId> from) {
        throw new UnsupportedOperationException("issue 13: being built");
    }
}
