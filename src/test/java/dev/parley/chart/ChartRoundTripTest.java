package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * What one server answer carries to the chart element: the last of the changes made in that round trip, never an
 * option that was replaced before it was sent (a data reload arriving during a click once put two versions of the
 * data into one answer; docs/reliability.md).
 */
class ChartRoundTripTest {
    private final UI ui = new UI();
    private final EChart chart = new EChart();

    ChartRoundTripTest() {
        // a session that is always locked, as during a request: calls are queued on the UI as they would be
        ui.getInternals().setSession(Mockito.mock(VaadinSession.class));
        ui.add(chart);
    }

    private static ChartOption named(String series) {
        return ChartOption.of(ScatterSeries.of(series, series, List.of(DataItem.point("p", Instant.EPOCH, 0))));
    }

    /** The calls the answer would carry, as "function(arguments)". */
    private List<String> answer() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getExpression().replaceAll("^return \\$0\\.(\\w+)\\(.*$", "$1") + i.getParameters())
                .toList();
    }

    @Test
    void an_option_replaced_in_the_same_round_trip_is_never_sent() {
        chart.setOption(named("version-7"));
        chart.highlight(List.of("p"));
        chart.setOption(named("version-11"));

        List<String> calls = answer();

        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst())
                .startsWith("setOption")
                .contains("version-11")
                .doesNotContain("version-7");
    }

    @Test
    void the_last_highlight_and_window_of_a_round_trip_follow_the_option() {
        chart.setOption(named("a"));
        chart.highlight(List.of("x"));
        chart.highlightIndices(Map.of("a", List.of(0)));
        chart.zoomTo(Instant.EPOCH, Instant.EPOCH.plusSeconds(60));

        List<String> calls = answer();

        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).startsWith("setOption");
        assertThat(calls.get(1)).startsWith("highlight").contains("indices").doesNotContain("\"x\"");
        assertThat(calls.get(2)).startsWith("zoomTo");
    }

    @Test
    void a_later_round_trip_sends_only_what_changed_since_the_last_answer() {
        chart.setOption(named("a"));
        chart.highlight(List.of("p"));
        answer();

        chart.highlight(List.of("p"));
        assertThat(answer()).isEmpty();

        chart.clearHighlight();
        chart.update(ChartOption.patch());
        List<String> calls = answer();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).startsWith("updateOption");
        assertThat(calls.get(1)).startsWith("clearHighlight");
    }

    @Test
    void a_chart_attached_again_gets_everything_again() {
        chart.setOption(named("a"));
        chart.highlight(List.of("p"));
        answer();

        ui.remove(chart);
        ui.add(chart);

        List<String> calls = answer();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).startsWith("setOption");
        assertThat(calls.get(1)).startsWith("highlight");
    }
}
