package dev.parley.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Collects the problems of one data file, turning YAML marks (0-based) into 1-based positions. At most
 * {@link #MAX_PER_FILE} are kept, plus one line saying how many more there were: a file of a million unknown keys
 * (a mistake or an attack) must not fill the memory, the log or the problems banner.
 */
final class FileProblems {
    static final int MAX_PER_FILE = 100;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;
    private Problem firstDropped;

    FileProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Node node, String path, String message) {
        add(node.getStartMark(), path, message);
    }

    void add(Optional<Mark> mark, String path, String message) {
        keep(mark.map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, path, message))
                .orElseGet(() -> new Problem(file, 0, 0, path, message)));
    }

    void add(int line, int column, String message) {
        keep(new Problem(file, line, column, "", message));
    }

    void addToFile(String message) {
        keep(Problem.of(file, message));
    }

    private void keep(Problem problem) {
        if (problems.size() < MAX_PER_FILE) {
            problems.add(problem);
        } else if (dropped++ == 0) {
            firstDropped = problem;
        }
    }

    /** {@code line N} of a node, for messages that point back to an earlier place in the same file. */
    static String lineOf(Node node) {
        return node.getStartMark().map(m -> "line " + (m.getLine() + 1)).orElse("another place");
    }

    /** {@code file:line:column} of a node, for messages that point to a place in another file. */
    String where(Node node) {
        return node.getStartMark()
                .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                .orElse(file);
    }

    /** The problems kept, then (placed where the first one left out was) how many more there were. */
    List<Problem> problems() {
        if (dropped == 0) {
            return List.copyOf(problems);
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(new Problem(
                file,
                firstDropped.line(),
                firstDropped.column(),
                "",
                "… and " + dropped + " more problems in this file (only the first " + MAX_PER_FILE + " are listed)"));
        return List.copyOf(all);
    }
}
