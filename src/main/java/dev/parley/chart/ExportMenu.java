package dev.parley.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.function.Supplier;

/**
 * The export menu of one chart: PNG at 1x, 2x (the default for print) or 4x the displayed size, SVG, and a
 * choice of white or transparent background. The image is made in the browser from what the chart shows now,
 * framed with {@code frame} and named {@code <fileBase>.png|svg}.
 */
public class ExportMenu extends MenuBar {
    private static final String WHITE = "#ffffff";
    private final MenuItem transparent;
    private final SubMenu menu;

    public ExportMenu(EChart chart, String idPrefix, Supplier<ExportFrame> frame, Supplier<String> fileBase) {
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        setId(idPrefix + "-export");
        MenuItem root = addItem("Export");
        root.getElement().setAttribute("aria-label", "Export this chart as an image");
        menu = root.getSubMenu();
        for (int scale : new int[] {1, 2, 4}) {
            MenuItem png = menu.addItem(
                    "PNG, " + scale + "x" + (scale == 2 ? " (print)" : ""),
                    click -> chart.exportImage(
                            ImageFormat.PNG, scale, background(), fileBase.get() + ".png", frame.get()));
            png.setId(idPrefix + "-export-png-" + scale + "x");
        }
        MenuItem svg = menu.addItem(
                "SVG (vector, editable text)",
                click -> chart.exportImage(ImageFormat.SVG, 1, background(), fileBase.get() + ".svg", frame.get()));
        svg.setId(idPrefix + "-export-svg");
        menu.addSeparator();
        transparent = menu.addItem("Transparent background");
        transparent.setCheckable(true);
        transparent.setId(idPrefix + "-export-transparent");
    }

    /** Adds, below the images, a file the server makes (a published page): {@code link} downloads it. */
    public void addFile(Component link) {
        menu.addSeparator();
        menu.addItem(link);
    }

    /** Adds, at the end, an action that is not a file (a dialog that gives a snippet, say). */
    public void addAction(String label, String id, Runnable action) {
        menu.addItem(label, click -> action.run()).setId(id);
    }

    private String background() {
        return transparent.isChecked() ? null : WHITE;
    }
}
