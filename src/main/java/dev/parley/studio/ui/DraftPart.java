package dev.parley.studio.ui;

/**
 * One part of the draft view (source, suggestions, events, new actors, problems, save). The view hands each part
 * every new {@link DraftScene}; the part updates its fields in place (a field the curator is typing in already holds
 * the value, so nothing jumps) and reports what the curator does as {@link DraftIntent}s.
 */
interface DraftPart {
    void show(DraftScene scene);
}
