package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.ParleyProperties;
import dev.parley.event.EventId;
import dev.parley.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The studio as the app wires it: a save through the service is in the explorer's dataset right after. */
@SpringBootTest(properties = "parley.reload-interval=0")
class StudioServiceSpringTest {
    private static final Path DATA = Fixtures.copyToTemp("valid");
    private static final Path DRAFTS = DATA.resolveSibling(DATA.getFileName() + "-drafts");

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("parley.data-dir", DATA::toString);
        registry.add("parley.studio.drafts-dir", DRAFTS::toString);
    }

    @Autowired
    StudioService studio;

    @Autowired
    DatasetService datasets;

    @Autowired
    StudioProperties studioSettings;

    @Autowired
    ParleyProperties settings;

    @Test
    void both_settings_bind_from_the_parley_prefix() {
        assertThat(settings.dataDir()).isEqualTo(DATA);
        assertThat(studioSettings.draftsDir()).isEqualTo(DRAFTS);
    }

    @Test
    void a_saved_article_and_its_new_actor_are_in_the_current_dataset_right_after() {
        SaveOutcome outcome = studio.save(StudioDrafts.newArticle("2025-04-02-spring-call"), new Curator("Ana"));

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(datasets.current().dataset().event(EventId.of("2025-04-02-spring-call-call")))
                .isPresent();
        assertThat(datasets.current().dataset().actor(ActorId.of("new-envoy"))).isPresent();
        assertThat(studio.articles().getFirst().id().value()).isEqualTo("2025-04-02-spring-call");
    }
}
