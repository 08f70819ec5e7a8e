package dev.parley.dataset;

import static dev.parley.dataset.DatasetLoaderTest.copyValid;
import static dev.parley.dataset.DatasetLoaderTest.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.shared.Registration;
import dev.parley.actor.ActorId;
import dev.parley.event.EventId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DatasetServiceTest {
    private static final EventId TALKS = EventId.of("fixture-talks");

    @TempDir
    Path dir;

    private final AtomicLong seconds = new AtomicLong(1_000);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement());
        }
    };
    private final List<DatasetState> heard = new CopyOnWriteArrayList<>();
    private DatasetService service;

    private DatasetService start(Duration interval) {
        service = new DatasetService(dir, interval, clock);
        service.addListener(heard::add);
        service.startWatching();
        return service;
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.stopWatching();
        }
    }

    private String talksTitle() {
        return service.current().dataset().event(TALKS).orElseThrow().title();
    }

    private Path talksFile() {
        return dir.resolve("articles/2025-03-talks.yaml");
    }

    @Test
    void at_start_the_valid_data_is_loaded() throws IOException {
        copyValid(dir);
        DatasetState state = start(Duration.ZERO).current();

        assertThat(state.valid()).isTrue();
        assertThat(state.problems()).isEmpty();
        assertThat(state.dataset().events()).hasSize(8);
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.loadedAt()).isEqualTo(state.checkedAt());
    }

    @Test
    void invalid_data_at_start_gives_an_empty_dataset_with_the_problems_and_does_not_throw() throws IOException {
        copyValid(dir);
        replace(talksFile(), "type: consult", "type: chat");

        DatasetState state = start(Duration.ZERO).current();

        assertThat(state.valid()).isFalse();
        assertThat(state.dataset()).isSameAs(Dataset.empty());
        assertThat(state.problems()).singleElement().extracting(Problem::path).isEqualTo("events[0].type");
    }

    @Test
    void an_edit_is_picked_up_by_reload() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        replace(talksFile(), "Delegations meet for three days of talks", "Talks in Jeddah");

        DatasetState state = service.reload();

        assertThat(talksTitle()).isEqualTo("Talks in Jeddah");
        assertThat(state.version()).isEqualTo(2);
        assertThat(state.loadedAt()).isAfter(Instant.ofEpochSecond(1_000));
        assertThat(heard).containsExactly(state);
    }

    @Test
    void data_a_writer_loaded_from_the_files_it_wrote_is_adopted_at_once_and_announced_on_another_thread()
            throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        replace(talksFile(), "Delegations meet for three days of talks", "Talks in Jeddah");
        List<String> threads = new CopyOnWriteArrayList<>();
        service.addListener(s -> threads.add(Thread.currentThread().getName()));

        DatasetState state = service.adopt(new DatasetLoader().load(dir));

        assertThat(talksTitle()).isEqualTo("Talks in Jeddah");
        assertThat(state.version()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 1);
        assertThat(heard).containsExactly(state);
        assertThat(threads).singleElement().isEqualTo("parley-data-announcer");
        // the watcher finds the files it already has: no second reload
        service.poll();
        service.poll();
        assertThat(service.current().version()).isEqualTo(2);
    }

    @Test
    void an_edit_is_picked_up_by_the_watcher_within_a_few_seconds() throws IOException {
        copyValid(dir);
        start(Duration.ofMillis(100));
        replace(talksFile(), "Delegations meet for three days of talks", "Talks in Jeddah");

        await().atMost(Duration.ofSeconds(5)).until(() -> talksTitle().equals("Talks in Jeddah"));
        assertThat(heard).hasSize(1);
    }

    @Test
    void an_invalid_edit_keeps_the_last_good_dataset_and_exposes_the_problems_until_fixed() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        Dataset good = service.current().dataset();
        Instant goodSince = service.current().loadedAt();

        replace(talksFile(), "date: 2025-03-11", "date: 2025-03-32");
        DatasetState broken = service.reload();

        assertThat(broken.valid()).isFalse();
        assertThat(broken.dataset()).isSameAs(good);
        assertThat(broken.loadedAt()).isEqualTo(goodSince);
        assertThat(broken.checkedAt()).isAfter(goodSince);
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("events[0].date");
            assertThat(p.line()).isPositive();
        });

        replace(talksFile(), "date: 2025-03-32", "date: 2025-03-12");
        DatasetState fixed = service.reload();

        assertThat(fixed.valid()).isTrue();
        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.dataset().event(TALKS).orElseThrow().date().iso()).isEqualTo("2025-03-12");
        assertThat(heard).containsExactly(broken, fixed);
        assertThat(fixed.version()).isEqualTo(3);
    }

    @Test
    void the_watcher_also_reports_an_invalid_edit_and_its_fix() throws IOException {
        copyValid(dir);
        start(Duration.ofMillis(100));

        replace(talksFile(), "type: consult", "type: consul");
        await().atMost(Duration.ofSeconds(5)).until(() -> !service.current().valid());
        assertThat(service.current().problems().getFirst().message()).contains("did you mean 'consult'?");
        assertThat(service.current().dataset().events()).hasSize(8);

        replace(talksFile(), "type: consul", "type: consult");
        await().atMost(Duration.ofSeconds(5)).until(() -> service.current().valid());
        assertThat(heard).hasSize(2);
    }

    @Test
    void a_deleted_article_file_removes_its_events() throws IOException {
        copyValid(dir);
        start(Duration.ofMillis(100));

        Files.delete(talksFile());

        await().atMost(Duration.ofSeconds(5))
                .until(() -> service.current().dataset().events().size() == 5);
        assertThat(service.current().valid()).isTrue();
        assertThat(service.current().dataset().event(TALKS)).isEmpty();
    }

    @Test
    void a_deleted_actors_file_is_a_problem_and_the_last_good_data_stays() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);

        Files.delete(dir.resolve("actors.yaml"));
        DatasetState state = service.reload();

        assertThat(state.valid()).isFalse();
        assertThat(state.dataset().events()).hasSize(8);
        assertThat(state.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith("missing");
    }

    @Test
    void a_file_still_being_written_is_read_only_once_it_has_stopped_changing() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        String whole =
                Files.readString(talksFile()).replace("Delegations meet for three days of talks", "Talks in Jeddah");

        Files.writeString(talksFile(), whole.substring(0, whole.length() / 2));
        service.poll();
        assertThat(service.current().version())
                .as("a change seen once waits for the next tick")
                .isEqualTo(1);
        Files.writeString(talksFile(), whole);
        service.poll();
        assertThat(service.current().version()).as("still changing").isEqualTo(1);
        service.poll();

        assertThat(service.current().valid()).isTrue();
        assertThat(talksTitle()).isEqualTo("Talks in Jeddah");
        assertThat(heard).as("the half-written file never reached a listener").hasSize(1);
    }

    @Test
    void a_half_written_file_left_as_it_is_keeps_the_last_good_data_until_it_is_complete() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        String whole = Files.readString(talksFile());

        Files.writeString(
                talksFile(), whole.substring(0, whole.indexOf("participants:", whole.indexOf("events:")) + 20));
        service.poll();
        service.poll();
        assertThat(service.current().valid()).isFalse();
        assertThat(service.current().dataset().events()).hasSize(8);

        Files.writeString(talksFile(), whole);
        service.poll();
        service.poll();
        assertThat(service.current().valid()).isTrue();
    }

    @Test
    @Timeout(60)
    void concurrent_readers_never_see_a_dataset_mixing_two_versions_or_losing_good_data() throws Exception {
        copyValid(dir);
        Path actors = dir.resolve("actors.yaml");
        String actorsText = Files.readString(actors);
        String talksText = Files.readString(talksFile());
        writeVersion(actors, actorsText, talksText, 0);
        start(Duration.ZERO);
        AtomicBoolean done = new AtomicBoolean();
        List<String> mixed = new CopyOnWriteArrayList<>();
        AtomicLong reads = new AtomicLong();
        Runnable reader = () -> {
            while (!done.get()) {
                DatasetState state = service.current();
                Dataset d = state.dataset();
                String actorVersion =
                        d.actor(ActorId.of("russia")).orElseThrow().name();
                String eventVersion = d.event(TALKS).orElseThrow().title();
                if (!actorVersion.endsWith(eventVersion.substring(eventVersion.lastIndexOf(' ')))
                        || d.events().size() != 8
                        || state.valid() != state.problems().isEmpty()) {
                    mixed.add(actorVersion + " / " + eventVersion + " / "
                            + d.events().size());
                }
                reads.incrementAndGet();
            }
        };
        List<Thread> readers = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> Thread.ofPlatform().start(reader))
                .toList();
        try {
            for (int v = 1; v <= 60; v++) {
                if (v % 3 == 0) {
                    replace(talksFile(), "type: consult", "type: chat");
                    assertThat(service.reload().valid()).isFalse();
                } else {
                    writeVersion(actors, actorsText, talksText, v);
                    assertThat(service.reload().valid()).isTrue();
                }
            }
        } finally {
            done.set(true);
            for (Thread t : readers) {
                t.join();
            }
        }

        assertThat(mixed).as("states mixing two versions").isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(service.current()
                        .dataset()
                        .actor(ActorId.of("russia"))
                        .orElseThrow()
                        .name())
                .isEqualTo("Russia v59");
    }

    /** Writes version {@code v} into two files, so a state mixing two loads would show two numbers. */
    private void writeVersion(Path actors, String actorsText, String talksText, int v) throws IOException {
        Files.writeString(actors, actorsText.replace("name: Russia", "name: Russia v" + v));
        Files.writeString(
                talksFile(), talksText.replace("Delegations meet for three days of talks", "Delegations meet v" + v));
    }

    @Test
    void a_reload_that_changes_nothing_keeps_the_version_and_tells_no_listener() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        DatasetState before = service.current();

        DatasetState after = service.reload();

        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.dataset()).isSameAs(before.dataset());
        assertThat(after.checkedAt()).isAfter(before.checkedAt());
        assertThat(heard).isEmpty();
    }

    @Test
    void a_removed_listener_hears_nothing_and_a_failing_listener_does_not_stop_the_others() throws IOException {
        copyValid(dir);
        start(Duration.ZERO);
        List<DatasetState> removedHeard = new CopyOnWriteArrayList<>();
        Registration registration = service.addListener(removedHeard::add);
        service.addListener(state -> {
            throw new IllegalStateException("listener bug");
        });
        registration.remove();

        replace(talksFile(), "Delegations meet for three days of talks", "Talks in Jeddah");
        service.reload();

        assertThat(removedHeard).isEmpty();
        assertThat(heard).hasSize(1);
    }

    @Test
    void stopping_ends_the_watcher_thread() throws IOException {
        copyValid(dir);
        start(Duration.ofMillis(50));
        await().until(() -> watcherRunning(service.watcherThreadName()));
        String name = service.watcherThreadName();

        service.stopWatching();

        await().atMost(Duration.ofSeconds(5)).until(() -> !watcherRunning(name));
    }

    private static boolean watcherRunning(String name) {
        return name != null
                && Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void in_spring_the_data_directory_comes_from_the_PARLEY_DATA_DIR_environment_variable() throws IOException {
        copyValid(dir);
        new ApplicationContextRunner()
                .withPropertyValues("parley.data-dir=somewhere-else")
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-environment", Map.of("PARLEY_DATA_DIR", dir.toString()))))
                .withUserConfiguration(ParleyPropertiesTest.Settings.class)
                .withBean(DatasetService.class)
                .run(context -> {
                    DatasetService fromSpring = context.getBean(DatasetService.class);
                    assertThat(fromSpring.dataDir()).isEqualTo(dir);
                    assertThat(fromSpring.current().dataset().events()).hasSize(8);
                });
    }

    @Test
    void in_spring_the_defaults_are_the_data_directory_and_a_two_second_interval() {
        new ApplicationContextRunner()
                .withUserConfiguration(ParleyPropertiesTest.Settings.class)
                .withBean(DatasetService.class)
                .run(context -> assertThat(context.getBean(DatasetService.class).dataDir())
                        .isEqualTo(Path.of("data")));
    }
}
