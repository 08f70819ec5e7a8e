package dev.parley.gitdata;

import dev.parley.dataset.DatasetService;
import dev.parley.dataset.ParleyProperties;
import dev.parley.event.ArticleId;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.Curator;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.StudioProperties;
import dev.parley.studio.StudioService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * One Parley node without its web layer: a Spring application context with the dataset service, the studio service
 * and the git data configuration, as the app wires them, each node with its own clone in its own data directory.
 */
record Node(ConfigurableApplicationContext context) implements AutoCloseable {
    static final Curator ANA = new Curator("ana");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ParleyProperties.class, StudioProperties.class, GitDataProperties.class})
    @Import({DatasetService.class, StudioService.class, GitDataConfiguration.class})
    static class Wiring {}

    static Node start(Path remote, Path dataDir, Path draftsDir, Duration poll) {
        return new Node(new SpringApplicationBuilder(Wiring.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(
                        "spring.main.banner-mode=off",
                        "parley.data-dir=" + dataDir,
                        "parley.reload-interval=0",
                        "parley.studio.drafts-dir=" + draftsDir,
                        "parley.data.git-remote=" + remote,
                        "parley.data.git-poll=" + poll.toMillis() + "ms")
                .run());
    }

    StudioService studio() {
        return context.getBean(StudioService.class);
    }

    DatasetService datasets() {
        return context.getBean(DatasetService.class);
    }

    Draft newArticle(String id) {
        return newArticle(studio(), id);
    }

    Draft retitled(String id, String title) {
        return retitled(studio(), id, title);
    }

    /** A draft of a new article with one event between two of the fixture's actors. */
    static Draft newArticle(StudioService studio, String id) {
        EventForm call = new EventForm(
                id + "-call",
                "2025-04-01",
                "",
                "Trump calls Putin",
                "consult",
                "",
                "",
                "",
                List.of(
                        new ParticipantForm("donald-trump", "initiator"),
                        new ParticipantForm("vladimir-putin", "recipient")),
                List.of());
        Draft empty = studio.newDraft(ANA, Optional.empty());
        return with(
                empty,
                new ArticleForm(
                        id, "A call", "Example Wire", "https://example.com/" + id, "2025-04-02", "", List.of(call)));
    }

    /** A draft of the article {@code id} as opened now, with a new title. */
    static Draft retitled(StudioService studio, String id, String title) {
        Draft opened = studio.newDraft(ANA, Optional.of(ArticleId.of(id)));
        ArticleForm f = opened.article();
        return with(opened, new ArticleForm(f.id(), title, f.outlet(), f.url(), f.published(), f.note(), f.events()));
    }

    private static Draft with(Draft draft, ArticleForm article) {
        return new Draft(
                draft.id(),
                draft.curator(),
                draft.editing(),
                draft.fingerprint(),
                draft.original(),
                draft.text(),
                article,
                draft.newActors(),
                Set.of(),
                draft.updated());
    }

    @Override
    public void close() {
        context.close();
    }
}
