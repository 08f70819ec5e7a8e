package dev.parley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EmbedSnippetTest {
    @Test
    void the_snippet_is_a_frame_and_a_script_that_trusts_only_parleys_origin() {
        String html = new EmbedSnippet(URI.create("https://parley.example:8443/embed/network?actor=x"), "Network", 600)
                .html();
        assertThat(html)
                .startsWith("<iframe src=\"https://parley.example:8443/embed/network?actor=x\" title=\"Network\"")
                .contains("height=\"600\"", "data-parley-embed")
                .contains("e.origin!==\"https://parley.example:8443\"")
                .contains("d.type!==\"parley-embed-height\"")
                .contains("f.contentWindow===e.source");
    }

    @Test
    void a_title_from_the_data_cannot_leave_its_attribute() {
        String html = new EmbedSnippet(
                        URI.create("http://localhost:8080/embed/timeline"), "\"><script>alert(1)</script>", 500)
                .iframe();
        assertThat(html).contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void an_address_that_is_not_plain_http_or_a_silly_height_is_refused() {
        assertThatThrownBy(() -> new EmbedSnippet(URI.create("javascript:alert(1)"), "x", 600))
                .hasMessageContaining("must be http(s) on a plain host");
        assertThatThrownBy(() -> new EmbedSnippet(URI.create("http://a\"b.example/embed/network"), "x", 600))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbedSnippet(URI.create("http://localhost/embed/network"), "x", 50))
                .hasMessageContaining("100 to 4000 pixels");
    }
}
