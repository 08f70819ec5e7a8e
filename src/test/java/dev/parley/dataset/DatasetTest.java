package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private final Dataset real =
            new DatasetLoader().load(Path.of("data")).dataset().orElseThrow();

    @Test
    void the_events_of_an_actor_are_exactly_those_that_involve_it_earliest_first() {
        for (Actor actor : real.actors()) {
            assertThat(real.eventsOf(actor.id()))
                    .as(actor.id().value())
                    .containsExactlyElementsOf(real.events().stream()
                            .filter(e -> e.involves(actor.id()))
                            .toList());
        }
        assertThat(real.actors().stream()
                        .mapToInt(a -> real.eventsOf(a.id()).size())
                        .sum())
                .as("the real data has events to index")
                .isGreaterThan(real.events().size());
    }

    @Test
    void an_actor_the_dataset_does_not_know_has_no_events() {
        assertThat(real.eventsOf(ActorId.of("nobody-at-all"))).isEmpty();
    }
}
