package dev.parley.studio;

import dev.parley.dataset.Problem;
import dev.parley.event.ArticleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What became of a save, a delete or a revert: done, refused because the files changed, or invalid. */
public sealed interface SaveOutcome {
    /**
     * @param files the data files written or removed, relative to the data directory
     * @param commit the git commit made, when the data directory is in a repository
     * @param message the commit message, or what a commit would have said
     */
    record Saved(ArticleId article, List<String> files, Optional<String> commit, String message)
            implements SaveOutcome {
        public Saved {
            Objects.requireNonNull(article, "article");
            files = List.copyOf(files);
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The file changed on disk since the curator opened it; nothing was written.
     *
     * @param message what happened, for the curator
     * @param changes a line diff between the version the curator opened and the one on disk now
     */
    record Conflict(String message, String changes) implements SaveOutcome {
        public Conflict {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(changes, "changes");
        }
    }

    /** The article or a new actor is not valid; nothing was written. */
    record Invalid(List<Problem> problems) implements SaveOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
