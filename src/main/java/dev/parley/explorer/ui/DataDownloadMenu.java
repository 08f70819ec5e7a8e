package dev.parley.explorer.ui;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.export.DataFormat;
import dev.parley.export.Download;
import dev.parley.export.ExportService;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Download data": the events of the current view as CSV or JSON, its network as GEXF (for Gephi, with time)
 * or GraphML, and the data files as a zip. Each file is made when it is clicked, from the view at that moment.
 */
class DataDownloadMenu extends MenuBar {

    DataDownloadMenu(ExportService exports, Supplier<Dataset> dataset, Supplier<EventFilter> filter) {
        setId("data-download");
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        SubMenu menu = addItem("Download data").getSubMenu();
        for (DataFormat format : DataFormat.values()) {
            DownloadHandler handler = event -> {
                Download download = exports.download(format, dataset.get(), filter.get());
                event.setFileName(download.fileName());
                event.setContentType(download.mimeType());
                download.writeTo(event.getOutputStream());
            };
            Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, format.label());
            link.setId("download-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            menu.addItem(link);
        }
    }
}
