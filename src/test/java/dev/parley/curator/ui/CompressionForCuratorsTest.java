package dev.parley.curator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * BREACH: nothing a signed-in curator receives is compressed, nor is the login page for anyone, while the public
 * explorer still is (docs/security.md, "Compression and secrets").
 */
class CompressionForCuratorsTest extends CuratorServerTest {
    private static final String GZIP = "Accept-Encoding";

    @Test
    void the_explorer_page_is_compressed_for_an_anonymous_visitor() throws Exception {
        HttpResponse<byte[]> page = client().getBytes("/", GZIP, "gzip");

        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void the_login_page_is_never_compressed() throws Exception {
        HttpResponse<byte[]> page = client().getBytes("/login", GZIP, "gzip");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Content-Encoding")).containsExactly("identity");
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html")
                // Vaadin's page for the login view, not a login page Spring Security made up
                .doesNotContain("Please sign in");
    }

    @Test
    void no_answer_to_a_signed_in_curator_is_compressed_not_even_the_explorer_or_its_vaadin_answers() throws Exception {
        VaadinHttpClient curator = curator();

        HttpResponse<byte[]> explorer = curator.getBytes("/", GZIP, "gzip");
        HttpResponse<byte[]> studio = curator.getBytes("/studio/probe", GZIP, "gzip");
        HttpResponse<byte[]> init = curator.getBytes("/?v-r=init&location=studio%2Fprobe", GZIP, "gzip");

        for (HttpResponse<byte[]> response : java.util.List.of(explorer, studio, init)) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
            assertThat(response.headers().allValues("Content-Encoding"))
                    .as(response.uri().toString())
                    .containsExactly("identity");
            assertThat(response.body().length).isGreaterThan(2048);
        }
    }
}
