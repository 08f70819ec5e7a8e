package dev.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.Accessibility.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the accessibility check lets through: one rule on one element for one reason, and nothing more. */
class AccessibilityTest {
    private static Violation on(String rule, String selector, String failure) {
        return new Violation(rule, "critical", selector, "help", failure, "<x>");
    }

    private static boolean letThrough(Violation v) {
        return Accessibility.UPSTREAM.stream().anyMatch(u -> u.covers(v));
    }

    @Test
    void the_tab_strips_scroll_container_is_let_through_and_nothing_else_on_it_or_elsewhere() {
        String scroll = "Fix any of the following:\n  Element has children which are not allowed: div[tabindex]";

        assertThat(letThrough(on("aria-required-children", "vaadin-tabs", scroll)))
                .isTrue();
        assertThat(letThrough(on(
                        "aria-required-children", "vaadin-tabs", "Element has children which are not allowed: button")))
                .as("another child a tablist may not have")
                .isFalse();
        assertThat(letThrough(on("aria-required-children", "#my-list", scroll)))
                .as("another element")
                .isFalse();
        assertThat(letThrough(on("color-contrast", "vaadin-tabs", scroll)))
                .as("another rule")
                .isFalse();
    }

    @Test
    void a_target_inside_shadow_roots_reads_as_a_piercing_selector() {
        assertThat(Accessibility.selector(List.of("#side-panel"))).isEqualTo("#side-panel");
        assertThat(Accessibility.selector(List.of(List.of("vaadin-grid", "#table"))))
                .isEqualTo("vaadin-grid >>> #table");
    }
}
