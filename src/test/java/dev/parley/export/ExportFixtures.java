package dev.parley.export;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.actor.Role;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Cameo;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.Quote;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The test datasets of the export tests: the two file fixtures, and a small one full of awkward text. */
final class ExportFixtures {
    static final Path VALID_DIR = Path.of("src/test/resources/fixtures/valid");
    static final Path NETWORK_DIR = Path.of("src/test/resources/fixtures/network");
    static final Dataset VALID = load(VALID_DIR);
    static final Dataset NETWORK = load(NETWORK_DIR);

    /** A title with a comma, quotes, a line break, markup and an ampersand. */
    static final String NASTY_TITLE = "Talks, \"frank\" & <script>alert('x')</script>\nsecond line";
    /** A summary a spreadsheet would run as a formula. */
    static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"click\")";

    static final ActorId ZOE = ActorId.of("zoe-angstrom");
    static final ActorId PUTIN = ActorId.of("vladimir-putin-ru");
    static final ActorId XI = ActorId.of("xi-jinping");
    static final ActorId MINISTRY = ActorId.of("ministry");

    private ExportFixtures() {}

    static Dataset load(Path dir) {
        LoadResult result = new DatasetLoader().load(dir);
        if (!result.isValid()) {
            throw new IllegalStateException(dir + " is invalid: " + result.problems());
        }
        return result.dataset().orElseThrow();
    }

    /**
     * Three actors with non-ASCII names (one starting with {@code @}), a ministry that Zoë works for, and three
     * events: one with markup, commas, quotes and a line break in its title and a formula as its summary, one without
     * quotes, source URL or summary, and a year-only rejection of talks with the finer CAMEO code 125 (Reject proposal to
     * meet, discuss, or negotiate; score -5.0).
     */
    static Dataset awkward() {
        List<Actor> actors = List.of(
                new Actor(
                        ZOE,
                        "Zoë Ångström-Łukasiewicz",
                        ActorKind.PERSON,
                        List.of(),
                        Optional.empty(),
                        List.of(new Role(
                                "Minister, \"acting\"", Optional.of(MINISTRY), Optional.empty(), Optional.empty()))),
                new Actor(PUTIN, "Владимир Путин", ActorKind.PERSON, List.of(), Optional.empty(), List.of()),
                new Actor(XI, "@習近平", ActorKind.PERSON, List.of(), Optional.empty(), List.of()),
                new Actor(
                        MINISTRY,
                        "Ministry <of> Affairs & Co",
                        ActorKind.INSTITUTION,
                        List.of(),
                        Optional.empty(),
                        List.of()));
        ArticleId a = ArticleId.of("awkward-article");
        ArticleId b = ArticleId.of("plain-article");
        List<Article> articles = List.of(
                new Article(
                        a,
                        "Headline, with \"quotes\" — and ‘curly’ ones",
                        "Le Monde & Co",
                        Optional.of(URI.create("https://example.org/a?x=1&y=2")),
                        PartialDate.parse("2025-02-13"),
                        Optional.of("Note; with semicolon"),
                        "articles/awkward-article.yaml"),
                new Article(
                        b,
                        "-Plain headline",
                        "Outlet",
                        Optional.empty(),
                        PartialDate.parse("2024"),
                        Optional.empty(),
                        "articles/plain-article.yaml"));
        List<Event> events = List.of(
                new Event(
                        EventId.of("nasty"),
                        a,
                        PartialDate.parse("2025-02-12"),
                        Optional.of(PartialDate.parse("2025-02-14")),
                        NASTY_TITLE,
                        EventType.CONSULT,
                        Optional.of(FORMULA),
                        Optional.of("+Genève, Zürich"),
                        List.of(
                                new Participant(ZOE, ParticipantRole.INITIATOR),
                                new Participant(PUTIN, ParticipantRole.RECIPIENT),
                                new Participant(XI, ParticipantRole.MENTIONED)),
                        List.of(
                                new Quote("We said \"no\",\nthen \"yes\".", Optional.of(PUTIN)),
                                new Quote("Unattributed words", Optional.empty()))),
                new Event(
                        EventId.of("quiet"),
                        b,
                        PartialDate.parse("2025-02"),
                        Optional.empty(),
                        "A quiet meeting",
                        EventType.CONSULT,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(
                                new Participant(ZOE, ParticipantRole.PARTICIPANT),
                                new Participant(XI, ParticipantRole.PARTICIPANT)),
                        List.of()),
                new Event(
                        EventId.of("year-only"),
                        b,
                        PartialDate.parse("2025"),
                        Optional.empty(),
                        "-1 for talks",
                        EventType.REJECT,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(
                                new Participant(XI, ParticipantRole.INITIATOR),
                                new Participant(ZOE, ParticipantRole.RECIPIENT)),
                        List.of(),
                        Cameo.code("125")));
        return new Dataset(actors, articles, events);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
