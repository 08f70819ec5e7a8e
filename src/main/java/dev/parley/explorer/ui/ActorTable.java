package dev.parley.explorer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import dev.parley.network.ui.NetworkOptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The network's accessible twin: the actors of the current network with every metric and community, sortable
 * and filterable, operable by keyboard; selecting a row selects the actor everywhere.
 */
class ActorTable extends VerticalLayout {
    private final Grid<Actor> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<Actor> actors = List.of();
    private ActorNetwork network;
    private boolean updating;

    ActorTable(Consumer<ActorId> onSelect) {
        setSizeFull();
        setPadding(false);
        filter.setPlaceholder("Filter these actors");
        filter.setAriaLabel("Filter the actors table");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        grid.setId("actor-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Actor::name).setHeader("Actor").setSortable(true).setFlexGrow(2);
        grid.addColumn(a -> NetworkOptions.kindLabel(a.kind())).setHeader("Kind").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        for (Metric m : Metric.values()) {
            grid.addColumn(a -> NetworkTexts.format(network.metric(m, a.id()))).setHeader(m.label())
                    .setComparator(a -> network.metric(m, a.id())).setSortable(true).setAutoWidth(true)
                    .setFlexGrow(0).setTooltipGenerator(a -> m.explanation());
        }
        grid.addColumn(a -> network.community(a.id()) + 1).setHeader("Community").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                onSelect.accept(e.getValue().id());
            }
        });
        add(filter, grid);
        setFlexGrow(1, grid);
    }

    void show(ActorNetwork shown, Dataset d, Metric metric, Optional<ActorId> selected) {
        network = shown;
        actors = shown.ranking(metric).stream().map(d::actor).flatMap(Optional::stream).toList();
        refresh();
        select(selected, d);
    }

    void select(Optional<ActorId> selected, Dataset d) {
        updating = true;
        try {
            Actor actor = selected.flatMap(d::actor).filter(actors::contains).orElse(null);
            grid.asSingleSelect().setValue(actor);
            if (actor != null) {
                grid.scrollToItem(actor);
            }
        } finally {
            updating = false;
        }
    }

    private void refresh() {
        String q = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(actors.stream().filter(a -> q.isEmpty()
                || (a.name() + " " + String.join(" ", a.aliases())).toLowerCase(Locale.ROOT).contains(q)).toList());
    }
}
