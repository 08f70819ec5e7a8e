package dev.parley.studio.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.parley.actor.ActorId;
import dev.parley.base.Ids;
import dev.parley.event.EventId;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.studio.ActorForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import java.util.Optional;

/** Links from the studio into the explorer, in the explorer's own URL format ({@link ExplorerStateCodec}). */
final class ExplorerLinks {
    private ExplorerLinks() {}

    /** The explorer with the draft's first event selected, or else its first new actor. */
    static Optional<String> firstNew(Draft draft) {
        ExplorerState initial = ExplorerState.initial();
        Optional<ExplorerState> state = draft.article().events().stream()
                .map(EventForm::id)
                .filter(Ids::isValid)
                .findFirst()
                .map(id -> initial.withEvent(Optional.of(EventId.of(id))))
                .or(() -> draft.newActors().stream()
                        .map(ActorForm::id)
                        .filter(Ids::isValid)
                        .findFirst()
                        .map(id -> initial.withActor(Optional.of(ActorId.of(id)))));
        return state.map(
                s -> "/?" + QueryParameters.simple(ExplorerStateCodec.write(s)).getQueryString());
    }
}
