package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.parley.chart.ExportMenu;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.publish.EmbedSnippet;
import java.net.URI;
import java.util.function.Supplier;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Embed…" in a chart's menu: the {@code <iframe>} snippet of that chart at the explorer's state, whose frame
 * follows the embed's height, and the plain link of the view, which a CMS that knows oEmbed turns into the embed
 * by itself (docs/sharing.md).
 */
final class EmbedDialog {
    private EmbedDialog() {}

    /** Adds "Embed…" to a chart's menu; the state and title are read at the click. */
    static void addTo(
            ExportMenu menu,
            String idPrefix,
            StandaloneChart chart,
            Supplier<ExplorerState> state,
            Supplier<String> title) {
        menu.addAction("Embed in a web page…", idPrefix + "-embed", () -> open(chart, state.get(), title.get()));
    }

    static void open(StandaloneChart chart, ExplorerState state, String title) {
        String root = ServletUriComponentsBuilder.fromContextPath(
                        VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build()
                .toUriString();
        String query = ExplorerStateCodec.query(state);
        EmbedSnippet snippet =
                new EmbedSnippet(URI.create(root + chart.path() + query), title, EmbedSnippet.DEFAULT_HEIGHT);

        TextArea code = new TextArea("Paste into your page's HTML");
        code.setId("embed-snippet");
        code.setValue(snippet.html());
        code.setReadOnly(true);
        code.setWidthFull();
        Button copyCode = new Button("Copy snippet");
        copyCode.setId("embed-copy-snippet");
        Clipboard.onClick(copyCode).writeText(code);

        TextField link = new TextField("Or share the link (a CMS that knows oEmbed embeds it from the link alone)");
        link.setId("embed-link");
        link.setValue(root + "/" + query);
        link.setReadOnly(true);
        link.setWidthFull();
        Button copyLink = new Button("Copy link");
        copyLink.setId("embed-copy-link");
        Clipboard.onClick(copyLink).writeText(link);

        Dialog dialog = new Dialog();
        dialog.setId("embed-dialog");
        dialog.setHeaderTitle("Embed this chart");
        dialog.setWidth("min(680px, 95vw)");
        Paragraph about = new Paragraph("The chart as shown here, live: it follows corrections to the data. Readers"
                + " can click an actor, a link or an event to read the evidence, and open the view in Parley.");
        about.addClassName("parley-secondary");
        dialog.add(about, code, copyCode, link, copyLink);
        Button close = new Button("Close", click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
