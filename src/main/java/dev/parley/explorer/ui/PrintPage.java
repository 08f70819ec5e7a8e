package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dev.parley.base.ui.Names;
import dev.parley.explorer.ExplorerState;

/**
 * The frame of a printed page ({@link DossierPrintView}, {@link RelationshipPrintView}): a bar for the screen only
 * (print, back to the explorer at the same state), a header with what the page is, its title and the window and
 * filters, the sections, and a footnote naming the sources as the exported images do. Every text from the data is
 * set as text. print.css lays it out for A4 and Letter.
 */
final class PrintPage extends Div {
    private final Anchor back = new Anchor("./", "Back to the explorer");
    private final Header header = new Header();
    private final Paragraph problem = new Paragraph();
    private final Div sections = new Div();
    private final Paragraph footnote = new Paragraph();

    PrintPage(String kind) {
        addClassName("parley-print");
        setId("print-page");
        NativeButton print = new NativeButton("Print", click -> getElement().executeJs("window.print()"));
        print.setId("print-button");
        print.addClassName("parley-action");
        back.setId("print-back");
        Span note = new Span("Sized to print on A4 and Letter alike.");
        note.addClassName("parley-secondary");
        Div bar = new Div(print, back, note);
        bar.addClassName("parley-print-bar");
        Span kicker = new Span("Parley · " + kind);
        kicker.addClassName("parley-print-kicker");
        header.add(kicker);
        problem.setId("print-problem");
        problem.addClassName("parley-print-problem");
        problem.setVisible(false);
        sections.addClassName("parley-print-sections");
        footnote.setId("print-footnote");
        footnote.addClassName("parley-print-footnote");
        add(bar, header, problem, sections, new Footer(footnote));
    }

    /** The way back: the explorer at the state this page was opened from. */
    void backTo(ExplorerState state) {
        back.setHref("./" + PrintLink.query(state));
    }

    /** The title (a name from the data, so in its own direction) and the window and filters under it. */
    void title(String title, String subtitle) {
        H1 h1 = Names.directionAuto(new H1(title));
        h1.setId("print-title");
        Paragraph sub = new Paragraph(subtitle);
        sub.setId("print-subtitle");
        sub.addClassName("parley-print-subtitle");
        header.add(h1, sub);
    }

    /** A line of the header under the title (a kind, aliases, a reading). */
    <T extends Component> T headerLine(T line) {
        header.add(line);
        return line;
    }

    /** A section with a heading; {@code id} names it for tests and for links within the page. */
    Section section(String id, String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.setId(id);
        section.addClassName("parley-print-section");
        section.add(content);
        sections.add(section);
        return section;
    }

    void footnote(String text) {
        footnote.setText(text);
    }

    /** What the page cannot show, in place of its content: an unknown actor, a missing parameter. */
    void problem(String title, String message) {
        header.add(new H1(title));
        problem.setText(message);
        problem.setVisible(true);
        sections.removeAll();
        footnote.setText("");
    }
}
