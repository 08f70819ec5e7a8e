package dev.parley.studio;

import dev.parley.dataset.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared copy of the data that every node serves (a git remote, {@code parley.data.git-remote}): a save brings
 * the data directory up to date with it first, so the usual conflict check sees what other nodes saved, and sends
 * its commit there after. Both are called under the {@link SaveLock}. Without a remote, {@link #NONE} does nothing.
 */
public interface DataRemote {
    DataRemote NONE = new DataRemote() {
        @Override
        public void catchUp() {
            // the data directory is the only copy
        }

        @Override
        public Published publish(List<String> files) {
            return new Pushed(Optional.empty(), false);
        }
    };

    /**
     * Fetches the remote and fast-forwards the data directory to it.
     *
     * @throws Unavailable when the remote cannot be read or the clone cannot follow it
     */
    void catchUp();

    /**
     * Sends the commit just made of {@code files} (relative to the data directory). When another node pushed first,
     * the commit is put on top of theirs and sent again, unless they changed one of the same files. Whatever the
     * result, the data directory is never left with a commit the remote does not have: on anything but
     * {@link Pushed}, it is back at the remote's version.
     *
     * @throws Unavailable when the remote cannot be written (the local commit is undone)
     */
    Published publish(List<String> files);

    /** What became of a commit sent to the remote. */
    sealed interface Published permits Pushed, Overlap, Refused {}

    /**
     * @param commit the commit the remote now has, when it differs from the local one (rebased on another node's)
     * @param merged whether other nodes' commits came in, so the data directory holds more than this save wrote
     */
    record Pushed(Optional<String> commit, boolean merged) implements Published {
        public Pushed {
            Objects.requireNonNull(commit, "commit");
        }
    }

    /** Another node changed some of the same files first; this save was undone locally. */
    record Overlap(List<String> files) implements Published {
        public Overlap {
            files = List.copyOf(files);
        }
    }

    /** Put on top of another node's commits, the data would not be valid; this save was undone locally. */
    record Refused(List<Problem> problems) implements Published {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** The remote cannot be read or written now, or the clone cannot follow it; nothing was saved. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
