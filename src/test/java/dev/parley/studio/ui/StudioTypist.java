package dev.parley.studio.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import dev.parley.actor.ActorKind;
import dev.parley.event.ParticipantRole;
import dev.parley.studio.ActorForm;
import dev.parley.studio.ArticleEntry;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import dev.parley.studio.RoleForm;
import dev.parley.testing.SignIn;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Enters an article through the studio's forms in a browser, as a curator does: New article, the source fields and
 * the pasted text, the new actors through the new-actor form, each event with Add event, its participants picked
 * by typing in the actor picker, its quotes with their speakers, then Save. Each step waits for what the studio
 * shows next (a new form, an item to pick, the saved page), never for a fixed time.
 *
 * <p>Fails loudly: when Save stays disabled or the save is refused, with the problems the studio lists; when a
 * picker does not offer the actor or code, with what was typed.
 */
public final class StudioTypist {
    private final Page page;
    private final String baseUrl;
    private final Duration saveWait;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param baseUrl where Parley runs ({@code http://localhost:8080})
     * @param saveWait how long Save may stay disabled once everything is typed (the studio checks the draft after
     *     each change, and the last fields reach it a moment after they are typed) before the article is refused
     */
    public StudioTypist(Page page, String baseUrl, Duration saveWait) {
        this.page = Objects.requireNonNull(page, "page");
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.saveWait = Objects.requireNonNull(saveWait, "saveWait");
        // every Add rebuilds all event forms and every change runs the validator: on a loaded 2-core machine one
        // step took over the 20 s a browser test waits for an element (docs/curation.md, "Known problems")
        page.setDefaultTimeout(STEP.toMillis());
    }

    /** The longest one step of the studio (a click, a field reaching the server) may take before it counts as stuck. */
    static final Duration STEP = Duration.ofSeconds(60);

    /** What the studio said when it saved: its message and the files it wrote. */
    public record Saved(String message, String files, List<String> notes) {}

    /** Signs in through the login form and waits for the studio's start page. */
    public void signIn(String curator, String password) {
        page.navigate(baseUrl + "/studio");
        page.waitForSelector(SignIn.FORM + ", #new-article");
        if (page.locator("#new-article").count() == 0) {
            SignIn.as(page, curator, password);
            page.waitForSelector("#new-article, #sign-in-error");
            if (page.locator("#new-article").count() == 0) {
                throw new IllegalStateException("the studio did not sign " + curator + " in: "
                        + page.locator("#sign-in-error").innerText().strip());
            }
        }
    }

    /**
     * Enters the article with its pasted text and saves it.
     *
     * @throws EntryRefused when the studio does not save it
     */
    public Saved enter(ArticleEntry entry, String text) {
        notes.clear();
        page.navigate(baseUrl + "/studio");
        page.locator("#new-article").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        source(entry.article(), text);
        for (int i = 0; i < entry.newActors().size(); i++) {
            newActor(i, entry.newActors().get(i), entry);
        }
        List<EventForm> events = entry.article().events();
        for (int i = 0; i < events.size(); i++) {
            event(i, events.get(i), entry);
        }
        return save();
    }

    private void source(ArticleForm a, String text) {
        // the article id follows the date, outlet and headline: each reaches the studio before the next is typed
        sent("#source-url", a.url());
        sent("#source-outlet", a.outlet());
        sent("#source-title", a.title());
        sent("#source-published", a.published());
        fill("#source-note", a.note());
        sent("#source-id", a.id());
        String pasted = text.replace("\r\n", "\n").replace('\r', '\n');
        page.locator("#source-text textarea").fill(pasted);
        // the counter is the server's: once it shows the text's length, the studio has the text
        String counted = NumberFormat.getIntegerInstance(Locale.UK).format(pasted.length()) + " / ";
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#source-counter"))
                .containsText(counted);
    }

    private void newActor(int index, ActorForm actor, ArticleEntry entry) {
        String at = "#actor-" + index + "-";
        page.locator("#add-new-actor").click();
        page.locator(at + "name").waitFor();
        for (int r = 0; r < actor.roles().size(); r++) {
            page.locator(at + "add-role").click();
            page.locator(at + "role-" + r + "-title").waitFor();
        }
        sent(at + "name", actor.name());
        // the id follows the name until one is typed
        sent(at + "id", actor.id());
        choose(at + "kind", kindLabel(actor.kind()));
        fill(at + "aliases", String.join(", ", actor.aliases()));
        fill(at + "description", actor.description());
        for (int r = 0; r < actor.roles().size(); r++) {
            RoleForm role = actor.roles().get(r);
            String in = at + "role-" + r + "-";
            fill(in + "title", role.title());
            if (!role.of().isEmpty()) {
                pick(in + "of", role.of(), label(entry, role.of()));
            }
            fill(in + "from", role.from());
            fill(in + "to", role.to());
        }
        String asked = page.locator(".studio-new-actor")
                .nth(index)
                .locator(".studio-did-you-mean")
                .innerText()
                .strip();
        if (!asked.isEmpty()) {
            notes.add("new actor " + actor.id() + ": the studio asked \"" + asked.replace('\n', ' ') + "\"");
        }
    }

    private void event(int index, EventForm event, ArticleEntry entry) {
        String at = "#event-" + index + "-";
        page.locator("#add-event").click();
        page.locator(at + "date").waitFor();
        // the rows first: adding one makes the event forms again, so every value is typed into the final form
        for (int p = 0; p < event.participants().size(); p++) {
            page.locator(at + "add-participant").click();
            page.locator(at + "participant-" + p + "-actor").waitFor();
        }
        for (int q = 0; q < event.quotes().size(); q++) {
            page.locator(at + "add-quote").click();
            page.locator(at + "quote-" + q + "-text").waitFor();
        }
        // the event id follows the date and title until one is typed
        sent(at + "date", event.date());
        sent(at + "title", event.title());
        sent(at + "id", event.id());
        fill(at + "end", event.end());
        if (!event.type().isEmpty()) {
            choose(at + "type", event.type());
        }
        if (!event.cameo().isEmpty()) {
            pick(at + "cameo", event.cameo(), CameoPicker.label(event.cameo()));
        }
        fill(at + "summary", event.summary());
        fill(at + "location", event.location());
        for (int p = 0; p < event.participants().size(); p++) {
            ParticipantForm participant = event.participants().get(p);
            String row = at + "participant-" + p + "-";
            pick(row + "actor", participant.actor(), label(entry, participant.actor()));
            if (!participant.role().equals(ParticipantRole.PARTICIPANT.key())) {
                choose(row + "role", participant.role());
            }
        }
        for (int q = 0; q < event.quotes().size(); q++) {
            QuoteForm quote = event.quotes().get(q);
            page.locator(at + "quote-" + q + "-text textarea").fill(quote.text());
            if (!quote.speaker().isEmpty()) {
                pick(at + "quote-" + q + "-speaker", quote.speaker(), label(entry, quote.speaker()));
            }
        }
    }

    /** Waits for Save to be enabled (no problem left), saves, and waits for the saved page or the refusal. */
    private Saved save() {
        Locator save = page.locator("#save");
        try {
            page.locator("#save:not([disabled])").waitFor(new Locator.WaitForOptions().setTimeout(saveWait.toMillis()));
        } catch (TimeoutError stayedDisabled) {
            throw new EntryRefused("Save stayed disabled", problems(), page.url());
        }
        String draft = page.url();
        save.click();
        page.waitForSelector("#saved-message, #invalid-message, #conflict-message");
        if (page.locator("#saved-message").count() == 0) {
            String why = page.locator("#save-outcome").innerText().strip();
            throw new EntryRefused("the studio refused to save: " + why, problems(), draft);
        }
        String message = page.locator("#saved-message").innerText().strip();
        String files = page.locator("#saved-message + p").innerText().strip();
        return new Saved(message, files, notes);
    }

    private List<String> problems() {
        return page.locator(".studio-problem").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    /** Types into a text field or area, as a paste; an empty value leaves the field as it is. */
    private void fill(String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        Locator input = page.locator(field + " input, " + field + " textarea").first();
        input.fill(value);
    }

    /**
     * Types into a field and waits until the studio has answered the round trip that carries the value (a text field
     * tells the studio a moment after the typing stops). For the fields that ids are proposed from, and the ids: a
     * proposal the studio sends for a field typed before would otherwise overwrite an id typed meanwhile.
     */
    private void sent(String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        Locator input = page.locator(field + " input, " + field + " textarea").first();
        if (input.inputValue().equals(value)) {
            return;
        }
        page.waitForResponse(
                response -> response.url().contains("v-r=uidl")
                        && Objects.requireNonNullElse(response.request().postData(), "")
                                .contains("\"value\""),
                () -> input.fill(value));
    }

    /**
     * Picks an item of a combo box (the actor and CAMEO pickers) as a curator does: types part of it, then clicks the
     * item whose label is exactly {@code label}.
     */
    private void pick(String picker, String typed, String label) {
        Locator input = page.locator(picker + " input");
        input.fill(typed);
        Locator item = page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText(exactly(label)));
        try {
            item.first().click();
        } catch (TimeoutError notOffered) {
            throw new IllegalStateException(
                    picker + " does not offer \"" + label + "\" when \"" + typed + "\" is typed;" + " it offers: "
                            + page.locator("vaadin-combo-box-item").allInnerTexts());
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(input)
                .hasValue(label);
    }

    /** Picks an option of a Vaadin select by its exact label, once the select is at rest (see BrowserTest.choose). */
    private void choose(String select, String label) {
        Locator atRest = page.locator(select + ":not([opened]):not([opening]):not([closing])");
        atRest.waitFor();
        page.locator(select).click();
        page.locator(select + "[opened]:not([opening])").waitFor();
        page.locator("vaadin-select-item[role=option]:visible")
                .filter(new Locator.FilterOptions().setHasText(exactly(label)))
                .click();
        atRest.waitFor();
    }

    /** A pattern that Playwright hands to the browser as a JavaScript regular expression: Java's {@code \Q...\E} quoting is unknown there. */
    static Pattern exactly(String label) {
        return Pattern.compile("^\\s*" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
    }

    private static String kindLabel(String kind) {
        return Arrays.stream(ActorKind.values())
                .filter(k -> k.key().equals(kind))
                .findFirst()
                .map(ActorKind::label)
                .orElseThrow(() -> new IllegalArgumentException("no actor kind " + kind));
    }

    private static String label(ArticleEntry entry, String actor) {
        String label = entry.labels().get(actor);
        if (label == null) {
            throw new IllegalArgumentException("no actor " + actor + " in the data or the new actors");
        }
        return label;
    }
}
