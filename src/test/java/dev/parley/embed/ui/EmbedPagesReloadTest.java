package dev.parley.embed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.DatasetService;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.explorer.ui.StandaloneChart;
import dev.parley.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Embed pages are kept per dataset version: a reload frees the pages of the version it replaced at once. */
@SpringBootTest(properties = "parley.reload-interval=0")
class EmbedPagesReloadTest {
    private static final Path DATA = Fixtures.copyToTemp("valid");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("parley.data-dir", DATA::toString);
    }

    @Autowired
    EmbedPages pages;

    @Autowired
    DatasetService datasets;

    @Test
    void a_reload_that_replaces_the_data_drops_the_pages_of_the_old_version_and_keeps_the_new_ones() throws Exception {
        ExplorerState trump = ExplorerStateCodec.read(Map.of("actor", java.util.List.of("donald-trump")));
        pages.page(StandaloneChart.NETWORK, trump, "");
        pages.page(StandaloneChart.TIMELINE, trump, "");
        assertThat(pages.kept()).isEqualTo(2);

        Path article = DATA.resolve("articles/2023-background.yaml");
        Files.writeString(
                article,
                Files.readString(article).replace("Fixture: a background piece", "Fixture: background, edited"));
        datasets.reload();

        assertThat(pages.kept()).isZero();
        EmbedPages.Page edited = pages.page(StandaloneChart.NETWORK, trump, "");
        assertThat(pages.kept()).isEqualTo(1);
        assertThat(pages.page(StandaloneChart.NETWORK, trump, "")).isSameAs(edited);
    }
}
