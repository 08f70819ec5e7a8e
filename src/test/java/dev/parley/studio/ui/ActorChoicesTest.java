package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.studio.ActorForm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorChoicesTest {
    @Test
    void the_actor_picker_finds_actors_by_alias_and_without_accents() {
        Actor zelensky = new Actor(
                ActorId.of("volodymyr-zelensky"),
                "Volodymyr Zelensky",
                ActorKind.PERSON,
                List.of("Zelenskyy"),
                Optional.empty(),
                List.of());
        ActorForm added = new ActorForm("ivan-petrov", "Iván Petrov", "person", List.of(), "", List.of());

        ActorChoices choices = ActorChoices.of(List.of(zelensky), List.of(added));

        assertThat(choices.ids()).containsExactly("ivan-petrov", "volodymyr-zelensky");
        assertThat(choices.matches("volodymyr-zelensky", "zelenskyy")).isTrue();
        assertThat(choices.matches("ivan-petrov", "ivan")).isTrue();
        assertThat(choices.matches("ivan-petrov", "zelensky")).isFalse();
        assertThat(choices.label("ivan-petrov")).isEqualTo("Iván Petrov (new)");
        assertThat(choices.label("nobody")).isEqualTo("nobody");
    }
}
