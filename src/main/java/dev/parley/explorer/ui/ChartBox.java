package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportMenu;

/** A chart with its header: the title, notes about what is drawn, and the export menu. */
final class ChartBox {
    private ChartBox() {}

    static void fill(Div box, EChart chart, String title, ExportMenu export, String className, Component... notes) {
        Span name = new Span(title);
        name.addClassName("parley-chart-title");
        Div header = new Div(name);
        header.add(notes);
        header.add(export);
        header.addClassName("parley-chart-header");
        Div body = new Div(chart);
        body.addClassName("parley-chart-body");
        box.add(header, body);
        box.addClassNames(className, "parley-chart-box");
    }
}
