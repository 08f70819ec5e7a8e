package dev.parley.studio.ui;

import java.util.List;

/** The studio refused the article: Save stayed disabled, or the save was refused; nothing was written. */
public final class EntryRefused extends RuntimeException {
    private final List<String> problems;
    private final String draft;

    EntryRefused(String why, List<String> problems, String draft) {
        super(why + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems)) + "\n(draft kept at " + draft
                + ")");
        this.problems = List.copyOf(problems);
        this.draft = draft;
    }

    /** The problems as the studio lists them ({@code events[0].date: …}). */
    public List<String> problems() {
        return problems;
    }

    /** The address of the draft, which the studio keeps: a curator can finish it there. */
    public String draft() {
        return draft;
    }
}
