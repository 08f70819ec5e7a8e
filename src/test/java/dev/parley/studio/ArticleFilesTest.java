package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleFilesTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "../x",
                "/etc/passwd",
                "a/b",
                "..",
                ".",
                "%2e%2e",
                "%2e%2e%2fx",
                "x.yaml",
                "a\\b",
                "con",
                "CON",
                "nul",
                "com1",
                "lpt9",
                "aux",
                "prn",
                "éte",
                "a\u0000b",
                "a b",
                "-a",
                "a--b"
            })
    void an_id_that_could_leave_the_articles_directory_or_name_a_device_is_refused(String id) {
        assertThat(ArticleFiles.whyNot(id)).isPresent();
        assertThatThrownBy(() -> ArticleFiles.resolve(data, id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleFiles.relative(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_id_of_121_characters_is_too_long_and_120_is_fine() {
        String long121 = "a".repeat(121);

        assertThat(ArticleFiles.whyNot(long121))
                .hasValueSatisfying(why -> assertThat(why).contains("120"));
        assertThat(ArticleFiles.whyNot("a".repeat(120))).isEmpty();
    }

    @Test
    void names_that_only_start_like_a_device_are_fine() {
        assertThat(ArticleFiles.whyNot("con-talks")).isEmpty();
        assertThat(ArticleFiles.whyNot("com10")).isEmpty();
    }

    @Test
    void a_valid_id_is_a_yaml_file_directly_in_the_real_articles_directory() throws IOException {
        Path file = ArticleFiles.resolve(data, "2025-02-12-x");

        assertThat(file.getParent()).isEqualTo(data.resolve("articles").toRealPath());
        assertThat(file.getFileName()).hasToString("2025-02-12-x.yaml");
        assertThat(ArticleFiles.relative("2025-02-12-x")).isEqualTo("articles/2025-02-12-x.yaml");
    }
}
