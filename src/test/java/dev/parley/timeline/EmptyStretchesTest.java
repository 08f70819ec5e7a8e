package dev.parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmptyStretchesTest {
    private static int counter;

    private static Event on(String date, String... until) {
        counter++;
        return new Event(
                EventId.of("e" + counter),
                ArticleId.of("a"),
                PartialDate.parse(date),
                until.length == 0 ? Optional.empty() : Optional.of(PartialDate.parse(until[0])),
                "event " + counter,
                EventType.CONSULT,
                Optional.empty(),
                Optional.empty(),
                List.of(new Participant(ActorId.of("a"), ParticipantRole.INITIATOR)),
                List.of());
    }

    @Test
    void years_without_an_event_are_cut_out_keeping_a_month_on_each_side() {
        List<EmptyStretches.Stretch> stretches =
                EmptyStretches.of(List.of(on("2014-03-18"), on("2025-02-12"), on("2025-08-15")));

        assertThat(stretches)
                .containsExactly(new EmptyStretches.Stretch(LocalDate.of(2014, 5, 2), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void a_steady_flow_of_events_keeps_the_scale_even() {
        List<Event> monthly = java.util.stream.IntStream.range(0, 36)
                .mapToObj(i -> on(LocalDate.of(2022, 1, 15).plusMonths(i).toString()))
                .toList();

        assertThat(EmptyStretches.of(monthly)).isEmpty();
    }

    @Test
    void a_long_event_covers_the_years_it_lasts() {
        assertThat(EmptyStretches.of(List.of(on("2014-02", "2022-02"), on("2014-03-01"), on("2025-01-10"))))
                .containsExactly(new EmptyStretches.Stretch(LocalDate.of(2022, 4, 1), LocalDate.of(2024, 11, 30)));
    }

    @Test
    void one_event_or_none_has_nothing_to_cut() {
        assertThat(EmptyStretches.of(List.of())).isEmpty();
        assertThat(EmptyStretches.of(List.of(on("2020")))).isEmpty();
    }
}
