package dev.parley.network;

import static dev.parley.network.NetworkFixture.DATASET;
import static dev.parley.network.NetworkFixture.YEAR_2024;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NetworkServiceTest {
    private final NetworkService service = new NetworkService();

    @Test
    void a_time_window_keeps_every_actor_where_the_whole_range_puts_it() {
        ActorNetwork all = service.network(DATASET, EventFilter.all());
        ActorNetwork window = service.network(DATASET, EventFilter.all().withWindow(YEAR_2024));

        assertThat(window.actors()).isNotEmpty().isSubsetOf(all.actors());
        window.actors().forEach(a -> assertThat(window.layout(a)).as("%s", a).isEqualTo(all.layout(a)));
    }

    @Test
    void an_empty_dataset_gives_an_empty_network() {
        assertThat(service.network(Dataset.empty(), EventFilter.all()).isEmpty())
                .isTrue();
    }

    @Test
    void asking_again_for_the_same_dataset_and_an_equal_filter_returns_the_same_instance() {
        ActorNetwork first = service.network(DATASET, EventFilter.all().withWindow(YEAR_2024));
        ActorNetwork again = service.network(
                DATASET,
                EventFilter.all().withWindow(new TimeWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));

        assertThat(again).isSameAs(first);
    }

    @Test
    void another_filter_or_another_dataset_instance_gives_another_network() {
        ActorNetwork all = service.network(DATASET, EventFilter.all());

        assertThat(service.network(DATASET, EventFilter.all().withTypes(Set.of(EventType.ACCUSE))))
                .isNotSameAs(all);
        Dataset reloaded = new Dataset(DATASET.actors(), DATASET.articles(), DATASET.events());
        assertThat(service.network(reloaded, EventFilter.all())).isNotSameAs(all);
    }

    @Test
    void the_cache_keeps_no_more_networks_than_its_size() {
        for (int day = 1; day <= NetworkService.CACHE_SIZE * 2; day++) {
            service.network(
                    DATASET,
                    EventFilter.all()
                            .withWindow(TimeWindow.of(
                                    LocalDate.of(2024, 1, day % 28 + 1).plusMonths(day / 28))));
        }

        assertThat(service.cached()).isEqualTo(NetworkService.CACHE_SIZE);
    }

    @Test
    void keeping_only_the_current_dataset_drops_the_networks_of_every_other_and_keeps_its_own() {
        Dataset replaced = new Dataset(DATASET.actors(), DATASET.articles(), DATASET.events());
        ActorNetwork old = service.network(replaced, EventFilter.all());
        ActorNetwork current = service.network(DATASET, EventFilter.all());
        service.network(DATASET, EventFilter.all().withWindow(YEAR_2024));

        service.keepOnly(DATASET);

        assertThat(service.cached()).isEqualTo(2);
        assertThat(service.network(DATASET, EventFilter.all())).isSameAs(current);
        assertThat(service.network(replaced, EventFilter.all())).isNotSameAs(old);
    }

    @Test
    void threads_asking_at_once_all_get_the_same_instance() throws Exception {
        EventFilter filter =
                EventFilter.all().withWindow(new TimeWindow(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ActorNetwork>> tasks = Collections.nCopies(8, () -> service.network(DATASET, filter));
            Set<ActorNetwork> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Future<ActorNetwork> f : pool.invokeAll(tasks)) {
                distinct.add(f.get());
            }
            assertThat(distinct).hasSize(1);
            assertThat(new HashSet<>(distinct).iterator().next().layout()).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
