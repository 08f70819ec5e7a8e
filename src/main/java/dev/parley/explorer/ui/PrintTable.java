package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain table for a printed page: its header row repeats at the top of every sheet the table runs over (the
 * browser does so for a {@code thead}), and print.css keeps each row on one sheet.
 */
final class PrintTable extends NativeTable {
    PrintTable(String id, String... headings) {
        setId(id);
        addClassName("parley-print-table");
        NativeTableRow head = getHead().addRow();
        for (String heading : headings) {
            head.addHeaderCell().setText(heading);
        }
    }

    /** A row of cells, each a component or a text (set as text). */
    NativeTableRow row(Object... cells) {
        NativeTableRow row = getBody().addRow();
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell instanceof Component c) {
                td.add(c);
            } else {
                td.setText(String.valueOf(cell));
            }
        }
        return row;
    }
}
