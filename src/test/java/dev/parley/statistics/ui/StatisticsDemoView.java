package dev.parley.statistics.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.event.EventFilter;
import dev.parley.network.Metric;
import dev.parley.network.NetworkService;
import java.util.Optional;

/** Test-only page for the browser test: the statistics of the whole dataset, and the last actor or month clicked. */
@AnonymousAllowed
@Route(value = "statistics-demo", autoLayout = false)
public class StatisticsDemoView extends VerticalLayout {

    public StatisticsDemoView(DatasetService datasets, NetworkService networks) {
        Dataset dataset = datasets.current().dataset();
        EventFilter filter = EventFilter.all();
        StatisticsPanel panel = new StatisticsPanel(new dev.parley.chart.ExportContext() {
            @Override
            public dev.parley.chart.ExportFrame frame(String title) {
                return new dev.parley.chart.ExportFrame(title, "All dates", "Source: test fixture");
            }

            @Override
            public String fileBase(String what) {
                return "parley-" + what + "-all";
            }
        });
        panel.show(
                filter.select(dataset),
                networks.network(dataset, filter),
                dataset,
                Metric.WEIGHTED_DEGREE,
                Optional.empty());
        Span selected = new Span("none");
        selected.setId("selected");
        panel.addActorSelectedListener(actor -> selected.setText("actor " + actor));
        panel.addMonthSelectedListener(month -> selected.setText(selected.getText() + " month " + month));
        panel.addActorSelectedListener(actor -> panel.select(Optional.of(actor)));
        add(selected, panel);
    }
}
