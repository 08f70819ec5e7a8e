package dev.parley.explorer.ui;

import dev.parley.actor.ActorId;
import dev.parley.event.EventId;

/** What the explorer's panels can ask of it; each call becomes a new state (and a history entry). */
interface ExplorerActions {
    void selectActor(ActorId actor);

    void selectEvent(EventId event);

    void pinLane(ActorId actor);

    void startPath(ActorId from);
}
