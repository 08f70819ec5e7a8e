package dev.parley.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one data file, turning YAML marks (0-based) into 1-based positions. */
final class FileProblems {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

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
        problems.add(mark.map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, path, message))
                .orElseGet(() -> new Problem(file, 0, 0, path, message)));
    }

    void add(int line, int column, String message) {
        problems.add(new Problem(file, line, column, "", message));
    }

    void addToFile(String message) {
        problems.add(Problem.of(file, message));
    }

    /** {@code line N} of a node, for messages that point back to an earlier place in the same file. */
    static String lineOf(Node node) {
        return node.getStartMark().map(m -> "line " + (m.getLine() + 1)).orElse("another place");
    }

    /** {@code file:line:column} of a node, for messages that point to a place in another file. */
    String where(Node node) {
        return node.getStartMark().map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(file);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
