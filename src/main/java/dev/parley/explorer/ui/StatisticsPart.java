package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import dev.parley.chart.ExportContext;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectMonth;
import dev.parley.statistics.ui.StatisticsPanel;
import java.util.function.Consumer;

/** The statistics tab: the charts of the window's events and network; a bar or cell selects its actor or month. */
final class StatisticsPart extends Div implements ExplorerPart {
    private final StatisticsPanel statistics;

    StatisticsPart(ExportContext exports, Consumer<ExplorerIntent> intents) {
        statistics = new StatisticsPanel(exports);
        statistics.addActorSelectedListener(actor -> intents.accept(new SelectActor(actor)));
        statistics.addMonthSelectedListener(month -> intents.accept(new SelectMonth(month)));
        addClassName("parley-statistics-box");
        add(statistics);
    }

    @Override
    public void show(ExplorerScene scene, StateChange change) {
        if (change.filter() || change.metric()) {
            statistics.show(
                    scene.windowEvents(),
                    scene.network(),
                    scene.dataset(),
                    scene.state().metric(),
                    scene.state().actor());
        } else if (change.selection()) {
            statistics.select(scene.state().actor());
        }
    }
}
