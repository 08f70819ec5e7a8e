package dev.parley.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.event.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeSuggestionTest {
    private final ArticleAnalyser analyser = new ArticleAnalyser(TestActors.ALL);

    private List<TypeSuggestion> types(String text) {
        return analyser.analyse(text, LocalDate.of(2025, 2, 14)).types();
    }

    private List<EventType> ranked(String text) {
        return types(text).stream().map(TypeSuggestion::type).toList();
    }

    @Test
    void a_text_without_event_words_suggests_no_type() {
        assertThat(types("The weather in Geneva was grey.")).isEmpty();
    }

    @Test
    void met_and_called_suggest_consult() {
        TypeSuggestion consult =
                types("Putin met Erdoğan. Later he called Zelenskyy.").getFirst();

        assertThat(consult.type()).isEqualTo(EventType.CONSULT);
        assertThat(consult.verbs()).containsExactly("met", "called");
        assertThat(consult.sentences()).containsExactly("Putin met Erdoğan.", "Later he called Zelenskyy.");
    }

    @Test
    void called_for_and_called_on_are_requests_not_calls() {
        TypeSuggestion request = types("Erdoğan called for a ceasefire and called on Russia to stop.")
                .getFirst();

        assertThat(ranked("Erdoğan called for a ceasefire and called on Russia to stop."))
                .containsExactly(EventType.REQUEST);
        assertThat(request.verbs()).containsExactly("called for", "called on");
    }

    @Test
    void sanctioned_suggests_sanction() {
        assertThat(ranked("The EU sanctioned three banks.")).containsExactly(EventType.SANCTION);
    }

    @Test
    void each_type_is_suggested_by_its_words() {
        assertThat(ranked("The two sides signed an agreement.")).containsExactly(EventType.AGREE);
        assertThat(ranked("Kyiv accused Moscow; London criticised it.")).containsExactly(EventType.ACCUSE);
        assertThat(ranked("Moscow threatened retaliation.")).containsExactly(EventType.THREATEN);
        assertThat(ranked("Kyiv rejected the plan.")).containsExactly(EventType.REJECT);
        assertThat(ranked("Paris welcomed the move.")).containsExactly(EventType.SUPPORT);
        assertThat(ranked("Kyiv urged restraint.")).containsExactly(EventType.REQUEST);
        assertThat(ranked("The sides swapped prisoners.")).containsExactly(EventType.COOPERATE);
        assertThat(ranked("Berlin pledged support.")).containsExactly(EventType.AID);
        assertThat(ranked("Washington lifted the ban.")).containsExactly(EventType.CONCEDE);
        assertThat(ranked("Troops seized the port.")).containsExactly(EventType.COERCE);
        assertThat(ranked("Drones attacked the city.")).containsExactly(EventType.ASSAULT);
        assertThat(ranked("Warsaw expelled two diplomats.")).containsExactly(EventType.PROTEST);
        assertThat(ranked("Minsk massed troops at the border.")).containsExactly(EventType.MOBILIZE);
        assertThat(ranked("Kyiv appointed a new envoy.")).containsExactly(EventType.APPOINT);
        assertThat(ranked("The ministry stated its view.")).containsExactly(EventType.STATEMENT);
    }

    @Test
    void struck_a_deal_agrees_and_sent_weapons_aids() {
        assertThat(ranked("They struck a deal.")).containsExactly(EventType.AGREE);
        assertThat(ranked("Missiles struck Kharkiv.")).containsExactly(EventType.ASSAULT);
        assertThat(types("Berlin sent weapons.").getFirst().verbs()).containsExactly("sent weapons");
        assertThat(ranked("Minsk sent troops north.")).containsExactly(EventType.MOBILIZE);
        assertThat(ranked("He sent a letter.")).isEmpty();
    }

    @Test
    void types_are_ranked_by_count_and_statement_comes_last_whatever_its_count() {
        assertThat(ranked("He said, she said, they said. They met. They talked. They sanctioned one bank."))
                .containsExactly(EventType.CONSULT, EventType.SANCTION, EventType.STATEMENT);
    }

    @Test
    void verbs_keep_their_case_as_written_once_each() {
        assertThat(types("Met in Riyadh, they met again.").getFirst().verbs()).containsExactly("Met", "met");
    }
}
