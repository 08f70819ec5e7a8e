package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.studio.ActorForm;
import dev.parley.studio.EventForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplorerLinksTest {
    @Test
    void the_explorer_link_selects_the_first_event_else_the_first_new_actor() {
        EventForm event = new EventForm("2025-02-12-call", "", "", "", "", "", "", "", List.of(), List.of());
        ActorForm added = new ActorForm("ivan-petrov", "Ivan Petrov", "person", List.of(), "", List.of());
        var draft = AcceptingTest.draft(List.of(event));

        assertThat(ExplorerLinks.firstNew(draft)).contains("/?event=2025-02-12-call");
        assertThat(ExplorerLinks.firstNew(Edits.newActors(AcceptingTest.draft(List.of()), l -> List.of(added))))
                .contains("/?actor=ivan-petrov");
        assertThat(ExplorerLinks.firstNew(AcceptingTest.draft(List.of()))).isEmpty();
    }
}
