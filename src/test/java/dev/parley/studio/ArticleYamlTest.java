package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleYamlTest {
    static final Path DATA = Path.of("data");
    static final Path VALID = Path.of("src/test/resources/fixtures/valid");
    static final String HOSTILE = "He said: \"no\" \\ 'yes' # not a comment {x: [1]} <script>alert(1)</script> 🕊️ "
            + "שלום مرحبا \u0007\u0000\u001b\u007f\u0085\u2028\u2029\uFEFF\uD800 tab\there\r\nsecond line\n- third: line\n";

    @TempDir
    Path dir;

    private static LoadResult load(Path dataDir, String relative, String text) {
        return new DatasetLoader().load(dataDir, Map.of(relative, Optional.of(text)));
    }

    private static List<Event> inFileOrder(Dataset dataset, Article article, Path dataDir) throws IOException {
        List<String> order = ArticleYaml.eventOrder(Files.readString(dataDir.resolve(article.file())));
        return order.stream()
                .map(id -> dataset.event(EventId.of(id)).orElseThrow())
                .toList();
    }

    private static EventForm event(String id, String title, List<QuoteForm> quotes) {
        return new EventForm(
                id,
                "2025-02-12",
                "",
                title,
                "consult",
                "",
                "",
                "",
                List.of(new ParticipantForm("donald-trump", "initiator")),
                quotes);
    }

    @Test
    void an_empty_form_is_the_schema_line_alone() {
        assertThat(ArticleYaml.write(ArticleForm.empty())).isEqualTo(ArticleYaml.SCHEMA_LINE + "\n");
    }

    @Test
    void an_item_with_every_field_empty_stays_in_place_so_problem_paths_match_the_form() {
        ArticleForm form = new ArticleForm(
                "x",
                "T",
                "O",
                "",
                "2025",
                "",
                List.of(new EventForm(
                        "e", "2025", "", "t", "consult", "", "", "", List.of(new ParticipantForm("", "")), List.of())));

        LoadResult result = load(VALID, "articles/x.yaml", ArticleYaml.write(form));

        assertThat(result.problems())
                .extracting(p -> p.path() + ": " + p.message())
                .containsExactly("events[0].participants[0]: missing required field 'actor'");
    }

    @Test
    void hostile_text_in_every_free_text_field_reads_back_exactly() {
        String quote = HOSTILE.strip();
        ArticleForm form = new ArticleForm(
                "2025-02-12-hostile-copy",
                HOSTILE,
                "- " + HOSTILE,
                "https://example.com/a?b=c#d:e",
                "2025-02-12",
                ": " + HOSTILE,
                List.of(new EventForm(
                        "hostile-copy-event",
                        "2025-02-12",
                        "",
                        "{" + HOSTILE,
                        "consult",
                        "",
                        "#" + HOSTILE,
                        "&a *b !tag %x @y `z " + HOSTILE,
                        List.of(new ParticipantForm("donald-trump", "initiator")),
                        List.of(new QuoteForm(quote, "donald-trump")))));

        LoadResult result = load(VALID, "articles/2025-02-12-hostile-copy.yaml", ArticleYaml.write(form));

        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset().orElseThrow();
        Article article =
                dataset.article(ArticleId.of("2025-02-12-hostile-copy")).orElseThrow();
        Event event = dataset.event(EventId.of("hostile-copy-event")).orElseThrow();
        assertThat(ArticleYaml.formOf(article, List.of(event))).isEqualTo(form);
        assertThat(article.title()).isEqualTo(HOSTILE.strip()).contains("\u0000", "\n", "\u2028", "<script>");
    }

    @Test
    void every_written_value_stays_on_one_line() {
        String yaml = ArticleYaml.write(formWithText(HOSTILE));

        assertThat(yaml.lines().count())
                .isEqualTo(ArticleYaml.write(formWithText("x")).lines().count());
        assertThat(yaml).doesNotContain("\r", "\u0085", "\u2028", "\u0000");
    }

    private static ArticleForm formWithText(String text) {
        return new ArticleForm(
                "a", text, "o", "", "2025", "", List.of(event("e", text, List.of(new QuoteForm(text, "")))));
    }

    @Test
    void ids_and_dates_that_are_not_well_formed_are_quoted_and_reported_by_the_loader() {
        ArticleForm form = new ArticleForm(
                "../etc: passwd",
                "T",
                "O",
                "javascript:alert(1)",
                "next week",
                "",
                List.of(event("null", "t", List.of())));

        LoadResult result = load(VALID, "articles/x.yaml", ArticleYaml.write(form));

        assertThat(result.problems())
                .extracting(p -> p.path())
                .contains("id", "url", "published")
                .doesNotContain("events[0].id");
    }

    @Test
    void events_are_separated_by_one_blank_line_and_fields_keep_the_documented_order() {
        ArticleForm form = new ArticleForm(
                "a",
                "T",
                "O",
                "https://example.com/x",
                "2025-02",
                "n",
                List.of(
                        event("e1", "one", List.of(new QuoteForm("words", "donald-trump"))),
                        event("e2", "two", List.of())));

        assertThat(ArticleYaml.write(form)).isEqualTo("""
                        # yaml-language-server: $schema=../schema/article.schema.json
                        id: a
                        title: "T"
                        outlet: "O"
                        url: https://example.com/x
                        published: 2025-02
                        note: "n"
                        events:
                          - id: e1
                            date: 2025-02-12
                            title: "one"
                            type: consult
                            participants:
                              - actor: donald-trump
                                role: initiator
                            quotes:
                              - text: "words"
                                speaker: donald-trump

                          - id: e2
                            date: 2025-02-12
                            title: "two"
                            type: consult
                            participants:
                              - actor: donald-trump
                                role: initiator
                        """);
    }

    @Test
    void every_real_article_written_from_its_form_loads_as_the_same_dataset() throws IOException {
        Dataset original = new DatasetLoader().load(DATA).dataset().orElseThrow();
        Fixtures.copyTree(DATA, dir);

        for (Article article : original.articles()) {
            ArticleForm form = ArticleYaml.formOf(article, inFileOrder(original, article, DATA));
            Files.writeString(dir.resolve(article.file()), ArticleYaml.write(form));
        }
        LoadResult rewritten = new DatasetLoader().load(dir);

        assertThat(original.articles()).hasSizeGreaterThan(10);
        assertThat(rewritten.problems()).isEmpty();
        assertThat(rewritten.dataset().orElseThrow()).isEqualTo(original);
        for (Article article : original.articles()) {
            assertThat(ArticleYaml.eventOrder(Files.readString(dir.resolve(article.file()))))
                    .isEqualTo(ArticleYaml.eventOrder(Files.readString(DATA.resolve(article.file()))));
        }
    }

    @Test
    void the_event_order_of_text_that_is_not_an_article_is_empty() {
        assertThat(ArticleYaml.eventOrder("[")).isEmpty();
        assertThat(ArticleYaml.eventOrder("- a")).isEmpty();
        assertThat(ArticleYaml.eventOrder("events: 3")).isEmpty();
    }
}
