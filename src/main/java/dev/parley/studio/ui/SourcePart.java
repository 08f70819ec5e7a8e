package dev.parley.studio.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.Draft;
import dev.parley.studio.ui.Edits.ArticleField;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The source: where the article was published and, pasted as copied from the page, its text. The text is the
 * material for suggestions and for the verbatim check of quotes; it stays in the curator's draft and is never
 * written to {@code data/} (it is someone else's article).
 */
final class SourcePart extends Div implements DraftPart {
    /** The largest text the studio takes: 1 MB of characters, far more than any news article. */
    static final int MAX_TEXT = 1_048_576;

    private final Consumer<DraftIntent> intents;
    private final AutoIds ids;
    private final TextField id = Fields.text("Article id", "source-id", v -> set(ArticleField.ID, v));
    private final TextField url = Fields.text("URL", "source-url", v -> set(ArticleField.URL, v));
    private final TextField outlet = Fields.text("Outlet", "source-outlet", v -> set(ArticleField.OUTLET, v));
    private final TextField title = Fields.text("Headline", "source-title", v -> set(ArticleField.TITLE, v));
    private final TextField published =
            Fields.text("Published", "source-published", v -> set(ArticleField.PUBLISHED, v));
    private final TextField note = Fields.text("Note (optional)", "source-note", v -> set(ArticleField.NOTE, v));
    private final TextArea text;
    private final Span counter = new Span();

    SourcePart(AutoIds ids, Consumer<DraftIntent> intents) {
        this.ids = ids;
        this.intents = intents;
        setId("studio-source");
        published.setPlaceholder("YYYY-MM-DD");
        published.setHelperText("The day the article was published: relative dates in the text count from it");
        id.setHelperText("Also the file name: data/articles/<id>.yaml");
        url.setPlaceholder("https://…");
        text = Fields.area("Article text", "source-text", this::typedText);
        text.setHelperText("Paste the article as copied from its page. The text stays in your draft: it is used for "
                + "suggestions and to check quotes, and is never written to data/.");
        text.setMinHeight("12em");
        text.setMaxHeight("30em");
        counter.setId("source-counter");
        FormLayout form = new FormLayout(url, outlet, title, published, id, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new H3("Source"), form, text, counter);
    }

    @Override
    public void show(DraftScene scene) {
        Draft draft = scene.draft();
        ArticleForm a = draft.article();
        Fields.set(id, a.id());
        id.setReadOnly(draft.editing().isPresent());
        Fields.set(url, a.url());
        Fields.set(outlet, a.outlet());
        Fields.set(title, a.title());
        Fields.set(published, a.published());
        Fields.set(note, a.note());
        Fields.set(text, draft.text());
        showCount(draft.text().length());
    }

    private void typedText(String value) {
        showCount(value.length());
        intents.accept(new DraftIntent.Edit(d -> Edits.text(d, value)));
    }

    private void showCount(int length) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
        counter.setText(n.format(length) + " / " + n.format(MAX_TEXT) + " characters");
        boolean tooLong = length > MAX_TEXT;
        text.setInvalid(tooLong);
        text.setErrorMessage(
                tooLong
                        ? "The text is longer than 1 MB (" + n.format(MAX_TEXT)
                                + " characters): keep only the part about " + "the events"
                        : null);
    }

    /** A field typed; the article id follows the date, outlet and headline until the curator types their own. */
    private void set(ArticleField field, String value) {
        intents.accept(new DraftIntent.Edit(d -> Edits.article(d, a -> {
            ArticleForm next = Edits.articleField(a, field, value);
            boolean editing = d.editing().isPresent();
            if (field != ArticleField.ID
                    && !editing
                    && AutoIds.follows(a.id(), ids.article(a.published(), a.outlet(), a.title()))) {
                next = Edits.articleField(
                        next, ArticleField.ID, ids.article(next.published(), next.outlet(), next.title()));
            }
            return next;
        })));
    }
}
