package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void the_same_lines_give_no_diff() {
        assertThat(LineDiff.between("a", "x\ny\n", "b", "x\ny")).isEmpty();
    }

    @Test
    void a_changed_line_is_shown_removed_and_added_with_context() {
        String diff = LineDiff.between("opened", "one\ntwo\nthree\n", "on disk", "one\n2\nthree\n");

        assertThat(diff.lines())
                .containsExactly("--- opened", "+++ on disk", "@@ -1,3 +1,3 @@", " one", "-two", "+2", " three");
    }

    @Test
    void a_file_that_was_removed_shows_every_line_removed() {
        assertThat(LineDiff.between("opened", "a\nb\n", "on disk", "").lines()).contains("-a", "-b");
    }
}
