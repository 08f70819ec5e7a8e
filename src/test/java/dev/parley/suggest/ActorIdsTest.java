package dev.parley.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.base.Ids;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorIdsTest {
    @Test
    void a_name_without_latin_letters_gives_the_fallback() {
        assertThat(ActorIds.fromName("", Set.of())).isEqualTo("actor");
        assertThat(ActorIds.fromName("   ", Set.of())).isEqualTo("actor");
        assertThat(ActorIds.fromName("Владимир", Set.of())).isEqualTo("actor");
        assertThat(ActorIds.fromName(null, Set.of("actor"))).isEqualTo("actor-2");
    }

    @Test
    void accents_are_folded_and_other_characters_become_single_hyphens() {
        assertThat(ActorIds.fromName("Recep Tayyip Erdoğan", Set.of())).isEqualTo("recep-tayyip-erdogan");
        assertThat(ActorIds.fromName("  Bashar al-Assad  ", Set.of())).isEqualTo("bashar-al-assad");
        assertThat(ActorIds.fromName("U.S. Department of State", Set.of())).isEqualTo("u-s-department-of-state");
        assertThat(ActorIds.fromName("Łukasz Żółw & Søren Straße", Set.of())).isEqualTo("lukasz-zolw-soren-strasse");
    }

    @Test
    void an_apostrophe_joins_rather_than_splits() {
        assertThat(ActorIds.fromName("Sinéad O'Brien", Set.of())).isEqualTo("sinead-obrien");
    }

    @Test
    void a_taken_id_gets_the_next_free_number() {
        assertThat(ActorIds.fromName("Keir Starmer", Set.of("keir-starmer", "keir-starmer-2")))
                .isEqualTo("keir-starmer-3");
    }

    @Test
    void every_id_matches_the_id_pattern() {
        for (String name : new String[] {"--", "A--B", "Ⅻ Legion", "Ǆemal Bijedić", "x_y", "12 Rue de Rivoli", "ﬁnn"}) {
            assertThat(Ids.isValid(ActorIds.fromName(name, Set.of()))).as(name).isTrue();
        }
    }
}
