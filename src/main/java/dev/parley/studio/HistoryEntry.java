package dev.parley.studio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One commit that changed the data directory: who, when, what. */
public record HistoryEntry(String commit, String author, Instant when, String message, List<String> files) {
    public HistoryEntry {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(message, "message");
        files = List.copyOf(files);
    }

    public String shortCommit() {
        return commit.substring(0, Math.min(7, commit.length()));
    }
}
