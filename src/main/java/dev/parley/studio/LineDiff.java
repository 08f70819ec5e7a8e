package dev.parley.studio;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** What changed in a file between two versions, as a unified line diff that a curator can read. */
final class LineDiff {
    private static final int CONTEXT_LINES = 2;

    private LineDiff() {}

    /**
     * The lines removed ({@code -}) and added ({@code +}) between {@code before} and {@code after}, with two lines of
     * context and {@code @@} line numbers; empty when the texts have the same lines.
     */
    static String between(String beforeName, String before, String afterName, String after) {
        List<String> from = before.lines().toList();
        List<String> to = after.lines().toList();
        Patch<String> patch = DiffUtils.diff(from, to);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join(
                "\n", UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, from, patch, CONTEXT_LINES));
    }
}
