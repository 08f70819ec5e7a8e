package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorKind;
import dev.parley.event.EventType;
import dev.parley.event.ParticipantRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/data-format.md} in step with the code's vocabularies, so curators read what the loader accepts. */
class DataFormatDocTest {
    private static String doc() throws IOException {
        return Files.readString(Path.of("docs/data-format.md"));
    }

    @Test
    void the_doc_lists_every_event_type_with_its_description() throws IOException {
        String doc = doc();
        for (EventType type : EventType.values()) {
            assertThat(doc)
                    .contains("| `" + type.key() + "` | " + type.eventClass().label() + " | " + type.description()
                            + " |");
        }
    }

    @Test
    void the_doc_names_every_participant_role_and_actor_kind() throws IOException {
        String doc = doc();
        for (ParticipantRole role : ParticipantRole.values()) {
            assertThat(doc).contains("`" + role.key() + "`");
        }
        for (ActorKind kind : ActorKind.values()) {
            assertThat(doc).contains("`" + kind.key() + "`");
        }
    }

    @Test
    void the_doc_names_every_field_the_loader_accepts() throws IOException {
        String doc = doc();
        Stream.of(
                        ActorsReader.ACTOR_FIELDS,
                        ActorsReader.ROLE_FIELDS,
                        ArticleReader.ARTICLE_FIELDS,
                        ArticleReader.EVENT_FIELDS,
                        ArticleReader.PARTICIPANT_FIELDS,
                        ArticleReader.QUOTE_FIELDS)
                .flatMap(java.util.List::stream)
                .forEach(field -> assertThat(doc).contains("`" + field + "`"));
    }
}
