package dev.parley.statistics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportContext;
import dev.parley.chart.ExportMenu;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import dev.parley.statistics.ActorScore;
import dev.parley.statistics.MonthlyCounts;
import dev.parley.statistics.Statistics;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The statistics of a selection as four charts in a responsive grid (two columns where there is room, one
 * otherwise): events per month by class ({@code #stats-per-month}), cooperation against conflict
 * ({@code #stats-coop-conflict}), the most central actors on the chosen metric ({@code #stats-top-actors}) and the
 * activity of the most active actors per month ({@code #stats-heatmap}).
 *
 * <p>Clicking an actor's bar reports the actor, clicking a month's bar or point reports the month, and clicking a
 * heat map cell reports its actor and then its month. The panel keeps no selection of its own: its owner decides
 * what a click selects and calls {@link #show} or {@link #select} again.
 */
public class StatisticsPanel extends Div {
    private final EChart perMonth = chart("stats-per-month");
    private final EChart cooperation = chart("stats-coop-conflict");
    private final EChart topActors = chart("stats-top-actors");
    private final EChart heatmap = chart("stats-heatmap");
    private final List<Consumer<ActorId>> actorListeners = new ArrayList<>();
    private final List<Consumer<YearMonth>> monthListeners = new ArrayList<>();
    private List<ActorId> ranked = List.of();
    private MonthlyCounts<ActorId> activity = new MonthlyCounts<>(List.of(), Map.of());

    public StatisticsPanel(ExportContext exports) {
        addClassName("parley-statistics");
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 460px), 1fr))")
                .set("gap", "var(--lumo-space-m, 1rem)")
                .set("width", "100%");
        add(
                boxed(perMonth, "Events per month, by class", "events-per-month", exports),
                boxed(cooperation, "Cooperation and conflict per month", "cooperation-conflict", exports),
                boxed(topActors, "Most central actors", "top-actors", exports),
                boxed(heatmap, "Activity of the most active actors", "activity", exports));
    }

    private static Div boxed(EChart chart, String title, String what, ExportContext exports) {
        ExportMenu menu = new ExportMenu(
                chart, chart.getId().orElse(what), () -> exports.frame(title), () -> exports.fileBase(what));
        Div header = new Div(menu);
        header.getStyle().set("display", "flex").set("justify-content", "flex-end");
        return new Div(header, chart);
    }

    private EChart chart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight("380px");
        chart.addItemClickListener(this::onItemClick);
        return chart;
    }

    /**
     * Shows the statistics of a selection and highlights the selected actor where it appears.
     *
     * @param events the selected events (chosen by the same filter as the network)
     * @param network the network of the selection, for the metric and for who takes part
     * @param dataset the dataset, for actor names
     * @param metric the metric of the top-actors chart
     * @param selectedActor the actor to highlight, if any
     */
    public void show(
            List<Event> events, ActorNetwork network, Dataset dataset, Metric metric, Optional<ActorId> selectedActor) {
        Statistics statistics = new Statistics(events, network);
        List<ActorScore> top = statistics.topActors(metric, Statistics.DEFAULT_TOP);
        ranked = top.stream().map(ActorScore::actor).toList();
        activity = statistics.activityOfMostActive(Statistics.DEFAULT_TOP);
        perMonth.setOption(StatisticsOptions.eventsPerMonth(statistics.eventsPerMonth()));
        cooperation.setOption(StatisticsOptions.cooperationAndConflict(statistics.cooperationAndConflict()));
        topActors.setOption(StatisticsOptions.topActors(top, metric, dataset));
        heatmap.setOption(StatisticsOptions.activity(activity, dataset));
        select(selectedActor);
    }

    /**
     * Highlights the actor's bar and heat map row, fading the rest; with no actor, or one not in a chart, that chart
     * shows everything at full strength.
     */
    public void select(Optional<ActorId> actor) {
        Optional<ActorId> ranking = actor.filter(ranked::contains);
        if (ranking.isPresent()) {
            topActors.highlightKeys(List.of(new ChartKey.ActorKey(ranking.get())));
        } else {
            topActors.clearHighlight();
        }
        Optional<ActorId> row = actor.filter(activity.counts()::containsKey);
        if (row.isPresent()) {
            heatmap.highlightKeys(activity.months().stream()
                    .map(m -> new ChartKey.CellKey(row.get(), m))
                    .toList());
        } else {
            heatmap.clearHighlight();
        }
    }

    /** Called with the actor of a clicked bar or heat map cell. */
    public Registration addActorSelectedListener(Consumer<ActorId> listener) {
        return Registration.addAndRemove(actorListeners, listener);
    }

    /** Called with the month of a clicked bar, line point or heat map cell. */
    public Registration addMonthSelectedListener(Consumer<YearMonth> listener) {
        return Registration.addAndRemove(monthListeners, listener);
    }

    private void onItemClick(ChartItemClickEvent event) {
        switch (event.getKey().orElse(null)) {
            case ChartKey.ActorKey(ActorId actor) -> actorSelected(actor);
            case ChartKey.MonthKey(YearMonth month) -> monthSelected(month);
            case ChartKey.CellKey(ActorId actor, YearMonth month) -> {
                actorSelected(actor);
                monthSelected(month);
            }
            case null, default -> {}
        }
    }

    private void actorSelected(ActorId actor) {
        List.copyOf(actorListeners).forEach(l -> l.accept(actor));
    }

    private void monthSelected(YearMonth month) {
        List.copyOf(monthListeners).forEach(l -> l.accept(month));
    }
}
