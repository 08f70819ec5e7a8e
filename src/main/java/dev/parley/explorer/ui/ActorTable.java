package dev.parley.explorer.ui;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import dev.parley.network.ui.NetworkTexts;
import java.util.Optional;
import java.util.function.Consumer;

/** The network's accessible twin: its actors with every metric and their community. */
class ActorTable extends TwinTable<Actor> implements ExplorerPart {
    private ActorNetwork network;

    ActorTable(Consumer<ActorId> onSelect) {
        super("actor-table", "Filter the actors table", a -> onSelect.accept(a.id()));
        grid.addColumn(Actor::name).setHeader("Actor").setSortable(true).setFlexGrow(2);
        grid.addColumn(a -> a.kind().label())
                .setHeader("Kind")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (Metric m : Metric.values()) {
            grid.addColumn(a -> NetworkTexts.metricValue(network.metric(m, a.id())))
                    .setHeader(m.label())
                    .setComparator(a -> network.metric(m, a.id()))
                    .setSortable(true)
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setTooltipGenerator(a -> m.explanation());
        }
        grid.addColumn(a -> network.community(a.id()) + 1)
                .setHeader("Community")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setResizable(true));
    }

    @Override
    protected String searchText(Actor a) {
        return a.name() + " " + String.join(" ", a.aliases());
    }

    @Override
    public void show(ExplorerScene scene, StateChange change) {
        if (change.filter() || change.metric()) {
            show(
                    scene.network(),
                    scene.dataset(),
                    scene.state().metric(),
                    scene.state().actor());
        } else if (change.selection()) {
            select(scene.state().actor(), scene.dataset());
        }
    }

    private void show(ActorNetwork shown, Dataset d, Metric metric, Optional<ActorId> selected) {
        network = shown;
        setItems(shown.ranking(metric).stream()
                .map(d::actor)
                .flatMap(Optional::stream)
                .toList());
        select(selected, d);
    }

    private void select(Optional<ActorId> selected, Dataset d) {
        showSelected(selected.flatMap(d::actor).orElse(null));
    }
}
