package dev.parley.dataset;

import java.util.Objects;

/**
 * One thing wrong with the data files, located the way compilers do it so editors and terminals can jump to it.
 * {@link #toString()} is {@code file:line:column: path: message}, for example
 * {@code data/articles/x.yaml:14:9: events[2].participants[0].actor: unknown actor 'vladimir-puttin' (did you mean
 * 'vladimir-putin'?)}. Lines and columns are 1-based; a problem that concerns a whole file or directory has line and
 * column 0 and prints as {@code file: message}; an empty path (the document itself) is left out.
 *
 * @param file    the file or directory, relative to the working directory when it lies below it
 * @param line    1-based line, or 0 when the problem has no position
 * @param column  1-based column, or 0 when the problem has no position
 * @param path    where in the document, such as {@code events[2].date}; empty for the document itself
 * @param message what is wrong, in words a curator can act on
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** A problem with a whole file or directory, such as a missing {@code actors.yaml}. */
    public static Problem of(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** Whether the problem points at a line in the file. */
    public boolean hasPosition() {
        return line > 0;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (hasPosition()) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
