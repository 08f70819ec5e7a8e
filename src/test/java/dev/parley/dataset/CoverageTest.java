package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.event.Article;
import dev.parley.event.Event;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled data must stay deep enough to show relationships turning: the floors of docs/data.md ("Coverage"). A
 * curator who removes articles below them hears it here, with the figures.
 */
class CoverageTest {

    static final int FIRST_YEAR = 2014;
    static final int LAST_YEAR = 2025;
    static final int EVENTS_PER_YEAR = 8;

    static final ActorId UNITED_STATES = new ActorId("united-states");
    static final ActorId RUSSIA = new ActorId("russia");
    static final ActorId UKRAINE = new ActorId("ukraine");

    /**
     * The second theatre is the Middle East diplomacy of 2025, the Gaza ceasefire and the US-Iran nuclear talks: the
     * articles of 2025 that name one of its parties, or someone who holds a role in one of them (Iran's foreign
     * minister). Earlier articles that name one (the 2017 sanctions law covered Iran too) belong to the first.
     */
    static final Set<ActorId> MIDDLE_EAST = Stream.of("israel", "hamas", "iran", "qatar", "egypt", "oman")
            .map(ActorId::new)
            .collect(Collectors.toSet());

    static final int SECOND_THEATRE_YEAR = 2025;

    static Dataset data;

    @BeforeAll
    static void load() {
        data = new DatasetLoader().load(Path.of("data")).dataset().orElseThrow();
    }

    @Test
    void every_year_from_2014_to_2025_has_at_least_eight_events() {
        Map<Integer, Long> perYear = data.events().stream()
                .collect(Collectors.groupingBy(e -> e.date().start().getYear(), TreeMap::new, Collectors.counting()));

        Map<Integer, Long> thin = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR)
                .boxed()
                .filter(year -> perYear.getOrDefault(year, 0L) < EVENTS_PER_YEAR)
                .collect(Collectors.toMap(y -> y, y -> perYear.getOrDefault(y, 0L), (a, b) -> a, TreeMap::new));

        assertThat(thin)
                .as("years with fewer than %d events (events per year: %s)", EVENTS_PER_YEAR, perYear)
                .isEmpty();
    }

    @Test
    void the_united_states_and_russia_both_take_part_in_at_least_thirty_events() {
        assertThat(takingPartTogether(UNITED_STATES, RUSSIA)).isGreaterThanOrEqualTo(30);
    }

    @Test
    void russia_and_ukraine_both_take_part_in_at_least_twenty_five_events() {
        assertThat(takingPartTogether(RUSSIA, UKRAINE)).isGreaterThanOrEqualTo(25);
    }

    @Test
    void the_second_theatre_has_at_least_forty_events_and_shares_its_american_envoys_with_the_first() {
        Set<ActorId> firstTheatre = actorsTakingPartWhere(
                e -> takesPart(e).contains(RUSSIA) || takesPart(e).contains(UKRAINE));
        Set<ActorId> secondTheatre = actorsTakingPartWhere(CoverageTest::inTheSecondTheatre);

        assertThat(data.events().stream()
                        .filter(CoverageTest::inTheSecondTheatre)
                        .count())
                .as("events of the second theatre")
                .isGreaterThanOrEqualTo(40);
        assertThat(secondTheatre.stream().filter(firstTheatre::contains).toList())
                .as("actors taking part in both theatres")
                .contains(new ActorId("donald-trump"), new ActorId("steve-witkoff"), new ActorId("marco-rubio"));
    }

    @Test
    void the_data_holds_at_least_300_events_from_120_articles_of_40_outlets() {
        assertThat(data.events()).as("events").hasSizeGreaterThanOrEqualTo(300);
        assertThat(data.articles()).as("articles").hasSizeGreaterThanOrEqualTo(120);
        assertThat(data.articles().stream().map(Article::outlet).distinct().count())
                .as("outlets")
                .isGreaterThanOrEqualTo(40);
    }

    private static long takingPartTogether(ActorId a, ActorId b) {
        return data.events().stream()
                .filter(e -> takesPart(e).containsAll(Set.of(a, b)))
                .count();
    }

    private static boolean inTheSecondTheatre(Event event) {
        Article article = data.sourceOf(event);
        return article.published().start().getYear() == SECOND_THEATRE_YEAR
                && data.events().stream()
                        .filter(e -> e.article().equals(article.id()))
                        .flatMap(e -> e.participants().stream())
                        .anyMatch(p -> ofTheMiddleEast(p.actor()));
    }

    private static boolean ofTheMiddleEast(ActorId actor) {
        return MIDDLE_EAST.contains(actor)
                || data.actor(actor).stream()
                        .flatMap(a -> a.roles().stream())
                        .anyMatch(r -> r.of().filter(MIDDLE_EAST::contains).isPresent());
    }

    private static Set<ActorId> actorsTakingPartWhere(Predicate<Event> inTheatre) {
        return data.events().stream()
                .filter(inTheatre)
                .flatMap(e -> takesPart(e).stream())
                .collect(Collectors.toSet());
    }

    /** The actors an event names as acting in it; an actor only mentioned does not take part. */
    private static Set<ActorId> takesPart(Event event) {
        return event.participants().stream()
                .filter(p -> p.role() != ParticipantRole.MENTIONED)
                .map(Participant::actor)
                .collect(Collectors.toSet());
    }
}
