package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.BinKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.CustomSeries;
import dev.parley.chart.DataItem;
import dev.parley.chart.GraphSeries;
import dev.parley.chart.Link;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.network.ui.NetworkOptions;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import dev.parley.timeline.ui.TimelineOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Level of detail at scale (synthetic data, 2,500 events): the timeline draws month bars when a window holds more
 * events than it can draw one by one, and single events when zoomed in; the network draws its strongest links
 * within a limit, leaving no actor that has links without one. Correctness only, no timing.
 */
class LevelOfDetailTest {
    @TempDir
    static Path dir;

    static Dataset dataset;

    @BeforeAll
    static void generate() {
        SyntheticData.write(new SyntheticData.Size(2500, 600, 80, 11), dir);
        dataset = new DatasetLoader().load(dir).dataset().orElseThrow();
    }

    private static List<DataItem> items(TimelineOptions.Built built) {
        return built.option().option().series().stream()
                .flatMap(s -> ((CustomSeries) s).data().stream())
                .toList();
    }

    private static DataItem itemAt(TimelineOptions.Built built, TimelineOptions.ItemRef ref) {
        return built.option().option().series().stream()
                .map(s -> (CustomSeries) s)
                .filter(s -> s.id().equals(ref.seriesId()))
                .findFirst()
                .orElseThrow()
                .data()
                .get(ref.index());
    }

    private static ChartKey keyOf(DataItem item) {
        return ChartKeyCodec.decode(item.id()).orElseThrow(() -> new AssertionError(item.id()));
    }

    @Test
    void the_whole_range_of_thousands_of_events_is_drawn_as_month_bars_that_count_every_event() {
        List<Event> events = dataset.events();
        var built = TimelineOptions.build(events, dataset, LaneMode.CLASS, List.of());

        assertThat(built.detail()).isEmpty();
        List<DataItem> bars = items(built);
        assertThat(bars).allSatisfy(d -> assertThat(keyOf(d)).isInstanceOf(BinKey.class));
        assertThat(bars.size()).isLessThan(events.size() / 4);
        int counted = bars.stream()
                .mapToInt(d -> Integer.parseInt(d.name().split(" ")[0]))
                .sum();
        assertThat(counted).isEqualTo(events.size());
        Event some = events.get(events.size() / 2);
        DataItem bar = itemAt(built, built.items().get(some.id()).getFirst());
        assertThat(keyOf(bar))
                .isEqualTo(new BinKey(
                        java.util.Optional.empty(),
                        java.time.YearMonth.from(some.firstDay()),
                        some.type().eventClass()));
        assertThat(bars).allSatisfy(d -> assertThat(d.row().strength()).isBetween(0.0, 1.0));
    }

    @Test
    void a_window_with_few_events_draws_them_one_by_one_and_the_rest_as_bars() {
        List<Event> events = dataset.events();
        LocalDate day = events.get(events.size() / 2).firstDay();
        TimeWindow month = new TimeWindow(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));

        var detail = TimelineOptions.detailFor(events, month);
        var built = TimelineOptions.build(events, dataset, LaneMode.CLASS, List.of(), month, detail, TimeScale.EVEN);

        assertThat(detail).isPresent();
        assertThat(detail.get().from()).isBefore(month.from());
        List<Event> inMonth = events.stream().filter(month::overlaps).toList();
        assertThat(inMonth)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(built.items().get(e.id()))
                        .singleElement()
                        .satisfies(ref -> assertThat(keyOf(itemAt(built, ref))).isEqualTo(EventKey.of(e.id()))));
        assertThat(items(built)).anySatisfy(d -> assertThat(keyOf(d)).isInstanceOf(BinKey.class));
        assertThat(built.fits(events, month)).isTrue();
        assertThat(built.fits(events, TimeWindow.all())).isFalse();
    }

    @Test
    void a_highlight_names_items_by_series_and_index() {
        List<Event> events = dataset.events();
        var built = TimelineOptions.build(events, dataset, LaneMode.CLASS, List.of());
        Event one = events.getFirst();

        Map<String, List<Integer>> indices = built.indicesOf(List.of(one));

        var ref = built.items().get(one.id()).getFirst();
        assertThat(indices).containsExactly(Map.entry(ref.seriesId(), List.of(ref.index())));
    }

    @Test
    void a_large_network_draws_its_strongest_links_within_the_limit_and_leaves_no_actor_without_one() {
        ActorNetwork network = ActorNetwork.of(dataset, ExplorerState.initial().filter());
        assertThat(network.connections().size()).isGreaterThan(NetworkOptions.LINK_LIMIT);

        var built = NetworkOptions.prepare(network, dataset, Metric.DEGREE, NodeColouring.KIND);

        GraphSeries graph = (GraphSeries) built.option().option().series().getFirst();
        assertThat(graph.links()).hasSize(NetworkOptions.LINK_LIMIT);
        assertThat(built.partial()).isTrue();
        assertThat(built.linksTotal()).isEqualTo(network.connections().size());
        assertThat(graph.data()).hasSameSizeAs(network.actors());
        Set<String> linked = new HashSet<>();
        graph.links().forEach(l -> linked.addAll(List.of(l.source(), l.target())));
        network.connections().stream()
                .flatMap(c -> Stream.of(c.a(), c.b()))
                .distinct()
                .forEach(a -> assertThat(linked).contains(ChartKeyCodec.encode(new ActorKey(a))));
        int strongest = network.connections().stream()
                .mapToInt(Connection::weight)
                .max()
                .orElseThrow();
        assertThat(graph.links())
                .anySatisfy(l -> assertThat(l.tooltipLines().get(1)).startsWith(strongest + " "));
        ActorId hub = network.ranking(Metric.DEGREE).getFirst();
        assertThat(built.indicesOf(List.of(hub)))
                .containsExactly(graph.data().stream()
                        .map(DataItem::id)
                        .toList()
                        .indexOf(ChartKeyCodec.encode(new ActorKey(hub))));
    }

    @Test
    void a_small_network_draws_every_link() {
        ActorNetwork network = ActorNetwork.of(
                dataset,
                ExplorerState.initial()
                        .filter()
                        .withWindow(new TimeWindow(
                                dataset.events().getFirst().firstDay(),
                                dataset.events().getFirst().firstDay().plusDays(20))));

        var built = NetworkOptions.prepare(network, dataset, Metric.DEGREE, NodeColouring.KIND);

        List<Link> links = ((GraphSeries) built.option().option().series().getFirst()).links();
        assertThat(links).hasSize(network.connections().size());
        assertThat(built.partial()).isFalse();
    }
}
