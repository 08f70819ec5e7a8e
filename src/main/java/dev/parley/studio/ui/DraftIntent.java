package dev.parley.studio.ui;

import dev.parley.studio.Draft;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** What a part of the draft view asks for. */
sealed interface DraftIntent {
    /** A change of the draft: a field typed, a suggestion accepted or dismissed, an event added. */
    record Edit(UnaryOperator<Draft> change) implements DraftIntent {
        public Edit {
            Objects.requireNonNull(change, "change");
        }
    }

    record Save() implements DraftIntent {}

    /** Delete the article the draft edits (confirmed by the curator already). */
    record Delete() implements DraftIntent {}
}
