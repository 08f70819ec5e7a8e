package dev.parley.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core (Deque's engine, the jar {@code com.deque.html.axe-core:playwright}) on the page as it is now, with
 * the rules of WCAG 2.0 and 2.1, levels A and AA, colour contrast included, and fails with one line per failing
 * element: the rule, its impact, the element's selector, axe's help text and what it says to fix. axe reaches into
 * open shadow roots, so Vaadin's components are checked inside too; a violation inside one that Parley cannot change
 * is let through only for its rule, its element and its reason ({@link #UPSTREAM}), never a rule as a whole.
 *
 * <p>Deque's Java integration rather than the npm package {@code axe-core}: it bundles the same engine in a test jar,
 * so package.json, the lock file and the frontend bundles stay as the app needs them.
 */
public final class Accessibility {
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /**
     * A violation inside a component Parley uses but cannot change: one rule, on one element, for one reason axe gives.
     * Anything else the same rule finds on the same element still fails.
     */
    record Upstream(String rule, String selector, String failure, String why) {
        boolean covers(Violation v) {
            return v.rule().equals(rule)
                    && v.selector().equals(selector)
                    && v.failure().contains(failure);
        }
    }

    static final List<Upstream> UPSTREAM = List.of(new Upstream(
            "aria-required-children",
            "vaadin-tabs",
            "Element has children which are not allowed: div[tabindex]",
            "Vaadin's vaadin-tabs (@vaadin/tabs 25.2, the tab strip of the explorer's TabSheet) has role=tablist and keeps"
                    + " its tabs in a scroll container of its shadow DOM, <div id=\"scroll\" part=\"tabs\""
                    + " tabindex=\"-1\">: the focusable div is what axe sees as a child that a tablist may not have."
                    + " The tabs themselves are role=tab with aria-selected and arrow keys; the div is Vaadin's, not"
                    + " Parley's."));

    /** One failing element. */
    public record Violation(String rule, String impact, String selector, String help, String failure, String html) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + selector + ": " + help + "\n      "
                    + failure.replace("\n", "\n      ") + "\n      " + html;
        }
    }

    /** Fails when axe finds any violation on the page; {@code where} names the state in the message. */
    public static void assertNoViolations(Page page, String where) {
        List<Violation> found = violations(page);
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core found " + found.size() + " accessibility violation(s) on " + where
                    + " (" + page.url() + "):\n  "
                    + found.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** What axe finds on the page as it is now, one entry per failing element. */
    public static List<Violation> violations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        List<Violation> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                Violation v = new Violation(
                        rule.getId(),
                        node.getImpact() == null ? rule.getImpact() : node.getImpact(),
                        selector(node.getTarget()),
                        rule.getHelp(),
                        String.valueOf(node.getFailureSummary()),
                        node.getHtml());
                if (UPSTREAM.stream().noneMatch(u -> u.covers(v))) {
                    found.add(v);
                }
            }
        }
        return found;
    }

    /**
     * axe's target: a list with one entry per frame (Parley has none), each a selector or, for an element inside
     * shadow roots, a list of selectors from the outermost host down, shown joined by {@code >>>}.
     */
    static String selector(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Accessibility::selector).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }
}
