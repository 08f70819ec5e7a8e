package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row keeps its component while its key is shown; the container shows exactly the items, in order. */
class RowListTest {
    private final Div container = new Div();
    private final RowList<String, String, Span> rows =
            new RowList<>(container, s -> s.split("=")[0], s -> new Span(), (span, s) -> span.setText(s.split("=")[1]));

    private List<String> texts() {
        return container.getChildren().map(c -> c.getElement().getText()).toList();
    }

    private List<Component> children() {
        return container.getChildren().toList();
    }

    @Test
    void an_empty_list_shows_nothing() {
        rows.show(List.of());

        assertThat(children()).isEmpty();
        assertThat(rows.isEmpty()).isTrue();
    }

    @Test
    void a_row_whose_key_stays_keeps_its_component_and_shows_the_new_text() {
        rows.show(List.of("a=Alpha", "b=Beta"));
        List<Component> before = children();

        rows.show(List.of("a=Alpha 2", "b=Beta"));

        assertThat(children()).containsExactlyElementsOf(before);
        assertThat(texts()).containsExactly("Alpha 2", "Beta");
    }

    @Test
    void new_keys_get_new_rows_gone_keys_lose_theirs_and_the_order_follows_the_list() {
        rows.show(List.of("a=A", "b=B", "c=C"));
        Component b = children().get(1);
        Component c = children().get(2);

        rows.show(List.of("c=C", "d=D", "b=B"));

        assertThat(texts()).containsExactly("C", "D", "B");
        assertThat(children().get(0)).isSameAs(c);
        assertThat(children().get(2)).isSameAs(b);
        assertThat(List.<Component>copyOf(rows.rows())).containsExactlyElementsOf(children());
    }

    @Test
    void a_key_given_twice_is_shown_once() {
        rows.show(List.of("a=first", "a=second"));

        assertThat(texts()).containsExactly("first");
    }
}
