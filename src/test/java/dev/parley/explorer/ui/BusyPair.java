package dev.parley.explorer.ui;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The fixture of src/test/resources/fixtures/valid with 45 more consultations between the United States and Russia,
 * so the pair has more events than a page of cards shows.
 */
final class BusyPair {
    static final ActorId US = ActorId.of("united-states");
    static final ActorId RUSSIA = ActorId.of("russia");
    static final int ADDED = 45;

    private BusyPair() {}

    static Dataset dataset() {
        Dataset fixture = new DatasetLoader()
                .load(Path.of("src/test/resources/fixtures/valid"))
                .dataset()
                .orElseThrow();
        List<Event> events = new ArrayList<>(fixture.events());
        var article = fixture.events().getFirst().article();
        IntStream.rangeClosed(1, ADDED)
                .mapToObj(i -> new Event(
                        EventId.of("talks-" + i),
                        article,
                        PartialDate.parse(String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28)),
                        Optional.empty(),
                        "Talks " + i,
                        EventType.CONSULT,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(
                                new Participant(US, ParticipantRole.INITIATOR),
                                new Participant(RUSSIA, ParticipantRole.RECIPIENT)),
                        List.of()))
                .forEach(events::add);
        return new Dataset(fixture.actors(), fixture.articles(), events);
    }
}
