package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartCacheTest {
    private static final ChartCache.Kind<String> TITLES = new ChartCache.Kind<>("titles", String.class);
    private static final ChartCache.Kind<StringBuilder> DRAFTS = new ChartCache.Kind<>("drafts", StringBuilder.class);

    private final ChartCache charts = new ChartCache();

    /** A large input that another instance may equal, as a reloaded dataset equals the one it replaces. */
    private record Source(String name) {}

    @Test
    void the_same_source_instance_and_equal_values_give_the_kept_chart() {
        Source source = new Source("dataset");
        String first = charts.get(TITLES.key(source, "degree", Optional.of(2024)), () -> new String("chart"));

        String again = charts.get(TITLES.key(source, "degree", Optional.of(2024)), () -> "built again");

        assertThat(again).isSameAs(first);
    }

    @Test
    void an_equal_but_other_source_instance_gives_a_new_chart() {
        charts.get(TITLES.key(new Source("dataset"), "degree"), () -> "old data");

        assertThat(charts.get(TITLES.key(new Source("dataset"), "degree"), () -> "new data"))
                .isEqualTo("new data");
    }

    @Test
    void other_values_give_a_new_chart() {
        Source source = new Source("dataset");
        charts.get(TITLES.key(source, "degree"), () -> "by degree");

        assertThat(charts.get(TITLES.key(source, "pagerank"), () -> "by pagerank"))
                .isEqualTo("by pagerank");
        assertThat(charts.get(TITLES.key(source, "degree", null), () -> "with a null"))
                .isEqualTo("with a null");
    }

    @Test
    void two_kinds_of_chart_from_the_same_inputs_are_kept_apart() {
        Source source = new Source("network");
        String title = charts.get(TITLES.key(source, "degree"), () -> "a title");

        StringBuilder draft = charts.get(DRAFTS.key(source, "degree"), () -> new StringBuilder("a draft"));

        assertThat(title).isEqualTo("a title");
        assertThat(draft).hasToString("a draft");
    }

    @Test
    void the_cache_keeps_no_more_charts_than_its_size() {
        Source source = new Source("dataset");
        List<String> built = new ArrayList<>();
        for (int i = 0; i < ChartCache.SIZE * 2; i++) {
            int n = i;
            built.add(charts.get(TITLES.key(source, n), () -> "chart " + n));
        }

        assertThat(built).hasSize(ChartCache.SIZE * 2);
        assertThat(charts.cached()).isEqualTo(ChartCache.SIZE);
    }
}
