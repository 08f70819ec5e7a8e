package dev.parley.studio.ui;

import dev.parley.actor.Actor;
import dev.parley.dataset.Problem;
import dev.parley.studio.Draft;
import dev.parley.suggest.TextSuggestions;
import java.util.List;
import java.util.Objects;

/**
 * What the draft view's parts show: the draft as kept on the server, the suggestions for its text, its problems,
 * and the actors the pickers offer (the known ones and the draft's new ones).
 */
record DraftScene(Draft draft, TextSuggestions suggestions, List<Problem> problems, ActorChoices choices) {
    DraftScene {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(suggestions, "suggestions");
        problems = List.copyOf(problems);
        Objects.requireNonNull(choices, "choices");
    }

    static DraftScene of(Draft draft, TextSuggestions suggestions, List<Problem> problems, List<Actor> known) {
        return new DraftScene(draft, suggestions, problems, ActorChoices.of(known, draft.newActors()));
    }
}
