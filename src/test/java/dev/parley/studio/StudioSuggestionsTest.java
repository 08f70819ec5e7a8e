package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.DatasetLoader;
import dev.parley.suggest.ActorMention;
import dev.parley.suggest.DateMention;
import dev.parley.suggest.TextSuggestions;
import dev.parley.testing.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's suggestions come from the data the explorer shows now and the form's publication date. */
class StudioSuggestionsTest {
    private static final String TEXT = "On Wednesday Putin's envoy met Zelenskyy. \"We talked,\" Putin said.";

    @TempDir
    Path data;

    @TempDir
    Path drafts;

    private StudioService studio;

    @BeforeEach
    void start() {
        Fixtures.copyTree(ArticleYamlTest.VALID, data);
        studio = new StudioService(
                data,
                () -> new DatasetLoader().load(data).dataset().orElseThrow(),
                () -> {},
                drafts,
                Clock.fixed(Instant.parse("2025-04-02T10:00:00Z"), ZoneOffset.UTC),
                new AtomicFiles());
    }

    @Test
    void suggestions_name_the_known_actors_and_resolve_dates_against_the_publication_date() {
        TextSuggestions found = studio.suggest(TEXT, "2025-02-14");

        assertThat(found.actors())
                .extracting(ActorMention::actor)
                .containsExactly(ActorId.of("vladimir-putin"), ActorId.of("volodymyr-zelensky"));
        assertThat(found.dates())
                .extracting(DateMention::date)
                .containsExactly(PartialDate.ofDay(LocalDate.of(2025, 2, 12)));
        assertThat(found.quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains(ActorId.of("vladimir-putin")));
    }

    @Test
    void an_unreadable_publication_date_resolves_dates_against_today_a_wednesday() {
        TextSuggestions found = studio.suggest(TEXT, "next week");

        assertThat(found.dates())
                .extracting(DateMention::date)
                .containsExactly(PartialDate.ofDay(LocalDate.of(2025, 4, 2)));
    }

    @Test
    void a_new_actor_id_is_made_from_the_name_and_never_takes_an_existing_one() {
        assertThat(studio.idFromName("Keir Starmer")).isEqualTo("keir-starmer");
        assertThat(studio.idFromName("Vladimir Putin")).isEqualTo("vladimir-putin-2");
    }

    @Test
    void a_name_close_to_a_known_actor_is_offered_instead() {
        assertThat(studio.similarActor("Volodymyr Zelenskyy")).contains(ActorId.of("volodymyr-zelensky"));
        assertThat(studio.similarActor("Keir Starmer")).isEmpty();
    }
}
