package dev.parley.explorer.ui;

/**
 * One view of the explorer (timeline, network, side panel, a table, the statistics, and every later view). The
 * coordinator hands it each new scene with what changed since the scene this part last showed; the part updates its
 * components in place and reports what the user asks for as {@link ExplorerIntent}s through the sink it was made
 * with. A part on a hidden tab is shown the scene when its tab opens, with the change since it last looked.
 */
interface ExplorerPart {
    void show(ExplorerScene scene, StateChange change);
}
