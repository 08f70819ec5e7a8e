package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EmbedFramingTest {
    @Test
    void any_site_may_frame_an_embed_unless_the_setting_names_sites() {
        assertThat(new EmbedFraming(List.of("*")).frameAncestors()).isEqualTo("frame-ancestors *");
        assertThat(new EmbedFraming(List.of(" https://news.example", "https://*.example.org:8443", "'self'"))
                        .frameAncestors())
                .isEqualTo("frame-ancestors https://news.example https://*.example.org:8443 'self'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "news.example",
                "https://news.example/path",
                "https://a.example; script-src *",
                "https://a.example\r\nSet-Cookie: x=1",
                "javascript:alert(1)",
                ""
            })
    void a_value_that_is_not_an_origin_stops_the_start_naming_the_setting(String origin) {
        assertThatThrownBy(() -> new EmbedFraming(List.of(origin)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parley.embed.allowed-origins: \"" + origin.strip() + "\" is not an origin");
    }

    @Test
    void no_origin_at_all_is_refused_too() {
        assertThatThrownBy(() -> new EmbedFraming(List.of()))
                .hasMessageContaining("must name at least one origin, or * for any site");
    }

    private static MockHttpServletResponse headersOf(String path, EmbedFraming framing) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(framing)
                .doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    @Test
    void only_the_named_sites_may_frame_an_embed_and_only_parley_may_frame_the_rest() throws Exception {
        EmbedFraming named = new EmbedFraming(List.of("https://news.example", "https://*.example.org"));
        MockHttpServletResponse embed = headersOf("/embed/network", named);
        assertThat(embed.getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityHeadersFilter.EMBED_POLICY + "; frame-ancestors https://news.example"
                        + " https://*.example.org");
        assertThat(embed.getHeader("X-Frame-Options")).isNull();
        MockHttpServletResponse explorer = headersOf("/", named);
        assertThat(explorer.getHeader("Content-Security-Policy")).endsWith("; frame-ancestors 'self'");
        assertThat(explorer.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(headersOf("/embedded", named).getHeader("X-Frame-Options"))
                .as("only the embed folder")
                .isEqualTo("SAMEORIGIN");
    }
}
