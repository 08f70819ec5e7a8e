package dev.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the tables of {@code docs/relationships.md} in step with {@link EventType} and {@code cameo.tsv}: a changed
 * root, score or class fails here until the page says so too.
 */
class RelationshipsDocTest {
    private static List<String> lines() throws IOException {
        return Files.readAllLines(Path.of("docs/relationships.md"));
    }

    /** The lines under a {@code ## heading}, up to the next one: other sections may hold tables of their own. */
    private static List<String> section(String heading) throws IOException {
        List<String> lines = lines();
        int start = lines.indexOf("## " + heading);
        assertThat(start).as("section " + heading).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /** GDELT's QuadClass of a root category: 01-05 verbal and 06-08 material cooperation, 09-13 verbal and 14-20 material conflict. */
    private static String quadClass(String root) {
        int n = Integer.parseInt(root);
        return n <= 5
                ? "Verbal cooperation"
                : n <= 8 ? "Material cooperation" : n <= 13 ? "Verbal conflict" : "Material conflict";
    }

    private static String score(double score) {
        return score == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", score);
    }

    private static String named(String root) {
        return root + " " + Cameo.root(root).name();
    }

    private static String typeRow(EventType type) {
        List<String> roots = type.cameoRoots();
        String also = roots.size() == 1
                ? ""
                : "; also "
                        + roots.subList(1, roots.size()).stream()
                                .map(RelationshipsDocTest::named)
                                .collect(Collectors.joining(", "));
        return "| `" + type.key() + "` | " + type.eventClass().label() + " | " + named(roots.getFirst()) + also + " | "
                + score(type.goldstein()) + " | " + quadClass(roots.getFirst()) + " |";
    }

    @Test
    void the_page_has_one_row_per_event_type_with_its_class_roots_score_and_quad_class() throws IOException {
        List<String> typeRows = section("Parley's types and CAMEO").stream()
                .filter(line -> line.startsWith("| `"))
                .toList();

        assertThat(typeRows)
                .containsExactlyElementsOf(List.of(EventType.values()).stream()
                        .map(RelationshipsDocTest::typeRow)
                        .toList());
    }

    @Test
    void the_page_lists_every_root_category_with_its_score_and_quad_class() throws IOException {
        List<String> lines = section("The score");
        List<String> expected = Cameo.codes().stream()
                .filter(code -> code.code().length() == 2)
                .map(code -> "| " + code.code() + " | " + code.name() + " | " + score(code.goldstein()) + " | "
                        + quadClass(code.code()) + " |")
                .toList();

        assertThat(lines).containsSubsequence(expected);
    }

    @Test
    void the_page_says_where_the_values_live_and_which_tests_check_them() throws IOException {
        String page = String.join("\n", lines());

        assertThat(page)
                .contains("src/main/resources/dev/parley/event/cameo.tsv")
                .contains("`CameoTest`")
                .contains("`RelationshipsDocTest`")
                .contains("Journal of Conflict Resolution")
                .contains("CAMEO.goldsteinscale.txt")
                .contains("CAMEO.eventcodes.txt")
                .contains(Cameo.codes().size() + "");
    }
}
