package dev.parley.event.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.parley.base.PartialDate;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLinkTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static Article article(Optional<URI> url) {
        return new Article(
                ArticleId.of("a-call"),
                HOSTILE,
                "\"><script>alert(1)</script>",
                url,
                PartialDate.parse("2025"),
                Optional.empty(),
                "articles/a-call.yaml");
    }

    @Test
    void an_https_source_opens_in_a_new_tab_without_a_handle_on_parley_and_its_text_is_text() {
        Component link = SourceLink.of(article(Optional.of(URI.create("https://example.org/a?b=%22"))));

        assertThat(link).isInstanceOf(Anchor.class);
        var element = link.getElement();
        assertThat(element.getAttribute("href")).isEqualTo("https://example.org/a?b=%22");
        assertThat(element.getAttribute("target")).isEqualTo("_blank");
        assertThat(element.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(element.getText()).isEqualTo("\"><script>alert(1)</script>: " + HOSTILE);
        assertThat(element.getChildren()).as("text nodes only, no parsed HTML").allMatch(c -> c.isTextNode());
    }

    @Test
    void a_source_without_a_url_is_plain_text() {
        assertThat(SourceLink.of(article(Optional.empty()))).isInstanceOf(Span.class);
    }

    @Test
    void an_article_cannot_hold_a_javascript_or_data_url_at_all() {
        for (String url : new String[] {
            "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd"
        }) {
            assertThatIllegalArgumentException().as(url).isThrownBy(() -> article(Optional.of(URI.create(url))));
        }
    }
}
