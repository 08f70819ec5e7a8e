package dev.parley.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import dev.parley.event.Article;

/**
 * A link to a source article that opens in a new tab, without giving the page a handle on Parley. Only
 * http(s) URLs become links; the text is always set as text.
 */
public final class SourceLink {
    private SourceLink() {}

    public static Component of(Article article) {
        String text = article.outlet() + ": " + article.title();
        return article.url()
                .filter(u -> "http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                .<Component>map(u -> {
                    Anchor a = new Anchor(u.toString(), text);
                    a.setTarget(AnchorTarget.BLANK);
                    a.getElement().setAttribute("rel", "noopener noreferrer");
                    a.addClassName("parley-source-link");
                    return a;
                })
                .orElseGet(() -> new Span(text));
    }
}
