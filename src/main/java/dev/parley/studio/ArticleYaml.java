package dev.parley.studio;

import dev.parley.event.Article;
import dev.parley.event.Event;
import dev.parley.event.Participant;
import dev.parley.event.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * An article file in the canonical format of {@code docs/data-format.md}: the schema line, the fields in the order the
 * loader lists them, one blank line between events, empty fields left out, ids and dates plain and free text
 * double-quoted. Items of lists are kept even when all their fields are empty (written {@code {}}), so the paths in
 * the loader's messages ({@code events[1].participants[0]}) point at the same item of the form.
 *
 * <p>Written by hand rather than with snakeyaml-engine's emitter: the emitter cannot write the schema comment or the
 * blank lines between events, and it chooses each scalar's style by itself, where the curated files quote free text
 * and leave ids plain. {@link YamlText} does the escaping; the round-trip tests read every output back through the
 * loader.
 */
public final class ArticleYaml {
    static final String SCHEMA_LINE = "# yaml-language-server: $schema=../schema/article.schema.json";

    private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

    private ArticleYaml() {}

    /** The file text for {@code form}; any form, even an empty or hostile one, gives valid YAML. */
    public static String write(ArticleForm form) {
        Lines out = new Lines();
        out.line(SCHEMA_LINE);
        out.field("", "id", form.id(), YamlText::word);
        out.field("", "title", form.title(), YamlText::quoted);
        out.field("", "outlet", form.outlet(), YamlText::quoted);
        out.field("", "url", form.url(), YamlText::url);
        out.field("", "published", form.published(), YamlText::date);
        out.field("", "note", form.note(), YamlText::quoted);
        if (!form.events().isEmpty()) {
            out.line("events:");
            for (int i = 0; i < form.events().size(); i++) {
                if (i > 0) {
                    out.line("");
                }
                event(out, form.events().get(i));
            }
        }
        return out.toString();
    }

    private static void event(Lines out, EventForm event) {
        Lines fields = new Lines();
        String in = "    ";
        fields.field(in, "id", event.id(), YamlText::word);
        fields.field(in, "date", event.date(), YamlText::date);
        fields.field(in, "end", event.end(), YamlText::date);
        fields.field(in, "title", event.title(), YamlText::quoted);
        fields.field(in, "type", event.type(), YamlText::word);
        fields.field(in, "cameo", event.cameo(), YamlText::quoted);
        fields.field(in, "summary", event.summary(), YamlText::quoted);
        fields.field(in, "location", event.location(), YamlText::quoted);
        if (!event.participants().isEmpty()) {
            fields.line(in + "participants:");
            for (ParticipantForm p : event.participants()) {
                Lines item = new Lines();
                item.field("        ", "actor", p.actor(), YamlText::word);
                item.field("        ", "role", p.role(), YamlText::word);
                fields.item("      ", item);
            }
        }
        if (!event.quotes().isEmpty()) {
            fields.line(in + "quotes:");
            for (QuoteForm q : event.quotes()) {
                Lines item = new Lines();
                item.field("        ", "text", q.text(), YamlText::quoted);
                item.field("        ", "speaker", q.speaker(), YamlText::word);
                fields.item("      ", item);
            }
        }
        out.item("  ", fields);
    }

    /** The form that edits an existing article, with its events in the order of its file. */
    public static ArticleForm formOf(Article article, List<Event> events) {
        List<EventForm> eventForms = new ArrayList<>();
        for (Event e : events) {
            eventForms.add(new EventForm(
                    e.id().value(),
                    e.date().iso(),
                    e.end().map(d -> d.iso()).orElse(""),
                    e.title(),
                    e.type().key(),
                    e.cameo().map(c -> c.code()).orElse(""),
                    e.summary().orElse(""),
                    e.location().orElse(""),
                    e.participants().stream().map(ArticleYaml::participant).toList(),
                    e.quotes().stream().map(ArticleYaml::quote).toList()));
        }
        return new ArticleForm(
                article.id().value(),
                article.title(),
                article.outlet(),
                article.url().map(Object::toString).orElse(""),
                article.published().iso(),
                article.note().orElse(""),
                eventForms);
    }

    /**
     * The ids of the events in an article file, in the file's order, which the loaded dataset (sorted by date) no
     * longer has; empty when the text is not an article.
     */
    static List<String> eventOrder(String fileText) {
        return events(fileText).stream()
                .filter(fields -> fields.get("id") != null)
                .map(fields -> String.valueOf(fields.get("id")))
                .toList();
    }

    /** The words of every quote in an article file, to tell quotes that were there already from new ones. */
    static Set<String> quoteTexts(String fileText) {
        Set<String> texts = new HashSet<>();
        for (Map<?, ?> event : events(fileText)) {
            if (event.get("quotes") instanceof List<?> quotes) {
                for (Object quote : quotes) {
                    if (quote instanceof Map<?, ?> fields && fields.get("text") != null) {
                        texts.add(String.valueOf(fields.get("text")).strip());
                    }
                }
            }
        }
        return texts;
    }

    private static List<Map<?, ?>> events(String fileText) {
        Object root;
        try {
            root = new Load(LoadSettings.builder()
                            .setCodePointLimit(MAX_CODE_POINTS)
                            .build())
                    .loadFromString(fileText);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> article) || !(article.get("events") instanceof List<?> events)) {
            return List.of();
        }
        List<Map<?, ?>> maps = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof Map<?, ?> fields) {
                maps.add(fields);
            }
        }
        return maps;
    }

    private static ParticipantForm participant(Participant p) {
        return new ParticipantForm(p.actor().value(), p.role().key());
    }

    private static QuoteForm quote(Quote q) {
        return new QuoteForm(q.text(), q.speaker().map(s -> s.value()).orElse(""));
    }

    /** Lines of YAML being built; a list item's first line takes the {@code - } marker. */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();

        void line(String line) {
            lines.add(line);
        }

        void field(String indent, String key, String value, java.util.function.UnaryOperator<String> style) {
            if (!value.isEmpty()) {
                lines.add(indent + key + ": " + style.apply(value));
            }
        }

        /** {@code fields} as one list item at {@code indent}: their lines are indented two more than the marker. */
        void item(String indent, Lines fields) {
            if (fields.lines.isEmpty()) {
                lines.add(indent + "- {}");
                return;
            }
            String first = fields.lines.getFirst();
            lines.add(indent + "- " + first.substring(indent.length() + 2));
            lines.addAll(fields.lines.subList(1, fields.lines.size()));
        }

        @Override
        public String toString() {
            return String.join("\n", lines) + "\n";
        }
    }
}
