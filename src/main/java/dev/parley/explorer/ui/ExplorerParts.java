package dev.parley.explorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The parts of the explorer and the scene each last showed. A part on screen is shown every new scene; a part off
 * screen (a hidden tab) is shown the newest scene when it comes on screen, with the change since the scene it last
 * showed, so hidden tables and statistics cost a click nothing.
 */
final class ExplorerParts {
    private final List<Slot> slots = new ArrayList<>();
    private ExplorerScene scene;

    private static final class Slot {
        private final ExplorerPart part;
        private final BooleanSupplier onScreen;
        private Optional<ExplorerScene> shown = Optional.empty();

        private Slot(ExplorerPart part, BooleanSupplier onScreen) {
            this.part = part;
            this.onScreen = onScreen;
        }
    }

    /** Registers a part; {@code onScreen} tells whether the user can see it now. */
    void add(ExplorerPart part, BooleanSupplier onScreen) {
        slots.add(new Slot(part, onScreen));
    }

    /** Shows a new scene to every part on screen. */
    void show(ExplorerScene next) {
        scene = next;
        refresh();
    }

    /** Brings every part on screen up to date with the newest scene: after a new scene, and when a tab opens. */
    void refresh() {
        if (scene == null) {
            return;
        }
        for (Slot slot : slots) {
            if (slot.onScreen.getAsBoolean() && slot.shown.orElse(null) != scene) {
                slot.part.show(scene, StateChange.between(slot.shown, scene));
                slot.shown = Optional.of(scene);
            }
        }
    }

    /** The newest scene; empty before the first. */
    Optional<ExplorerScene> scene() {
        return Optional.ofNullable(scene);
    }
}
