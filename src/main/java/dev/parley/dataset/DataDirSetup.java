package dev.parley.dataset;

import java.nio.file.Path;

/**
 * Puts the data directory in place before the first load, such as a clone of the shared data when the data comes
 * from a git remote. {@link DatasetService} runs every one it is given before it reads the directory; a setup that
 * throws stops the start, with its message.
 */
@FunctionalInterface
public interface DataDirSetup {
    void prepare(Path dataDir);
}
