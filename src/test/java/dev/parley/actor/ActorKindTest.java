package dev.parley.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActorKindTest {

    @Test
    void a_kind_reads_as_its_data_file_word_with_a_capital() {
        assertThat(Arrays.stream(ActorKind.values()).map(ActorKind::label))
                .containsExactly("Person", "Institution", "State", "Organization");
    }
}
