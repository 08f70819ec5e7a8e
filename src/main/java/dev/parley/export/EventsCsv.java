package dev.parley.export;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.event.Article;
import dev.parley.event.CameoCode;
import dev.parley.event.Event;
import dev.parley.event.Participant;
import dev.parley.event.Quote;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Events as a CSV table, one row per event, for spreadsheets and data tools. The file is UTF-8 with a byte-order
 * mark (so Excel reads non-ASCII names right), follows RFC 4180 (commas, CRLF line ends, fields with commas, quotes or
 * line breaks in double quotes, quotes doubled) and starts with a header row naming the {@link #COLUMNS}. Dates are
 * written as in the data files ({@code 2022}, {@code 2025-02}, {@code 2025-02-12}); absent values are empty cells.
 * Every text cell passes through {@link FormulaGuard#protect}, so no cell starts a spreadsheet formula; the score is
 * a number Parley computes from its own table, never text from the data, so it is written as a plain number (often
 * negative) that a spreadsheet can sum. Stateless.
 */
public final class EventsCsv {
    /** The columns, in order; {@code docs/exports.md} says what each holds. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "date",
            "date_precision",
            "end",
            "title",
            "type",
            "class",
            "cameo",
            "score",
            "summary",
            "location",
            "participants",
            "participant_names",
            "quotes",
            "source_id",
            "source_outlet",
            "source_title",
            "source_url",
            "source_published");

    static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    /**
     * Writes the events, in the given order, resolving actor names and sources in {@code dataset}. The stream is
     * flushed, not closed.
     */
    public void write(List<Event> events, Dataset dataset, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (Event event : events) {
            printer.printRecord(row(event, dataset).stream()
                    .map(cell -> cell instanceof String text ? FormulaGuard.protect(text) : cell)
                    .toList());
        }
        printer.flush();
    }

    /** The cells of one row: text, except the score, a {@code Double}. */
    private static List<Object> row(Event event, Dataset dataset) {
        Optional<Article> source = dataset.article(event.article());
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        cells.add(event.id().value());
        cells.add(event.date().iso());
        cells.add(event.date().precision().name().toLowerCase(Locale.ROOT));
        cells.add(event.end().map(PartialDate::iso).orElse(""));
        cells.add(event.title());
        cells.add(event.type().key());
        cells.add(event.type().eventClass().name().toLowerCase(Locale.ROOT));
        cells.add(event.cameo().map(CameoCode::code).orElse(""));
        cells.add(event.score());
        cells.add(event.summary().orElse(""));
        cells.add(event.location().orElse(""));
        cells.add(event.participants().stream()
                .map(p -> p.actor().value() + " (" + p.role().key() + ")")
                .collect(Collectors.joining("; ")));
        cells.add(event.participants().stream()
                .map(Participant::actor)
                .map(id -> name(id, dataset))
                .collect(Collectors.joining("; ")));
        cells.add(event.quotes().stream().map(q -> quote(q, dataset)).collect(Collectors.joining("\n")));
        cells.add(event.article().value());
        cells.add(source.map(Article::outlet).orElse(""));
        cells.add(source.map(Article::title).orElse(""));
        cells.add(source.flatMap(Article::url).map(URI::toString).orElse(""));
        cells.add(source.map(a -> a.published().iso()).orElse(""));
        return cells;
    }

    /** {@code "text" — Speaker Name}, or just {@code "text"} when the speaker is unknown. */
    private static String quote(Quote quote, Dataset dataset) {
        String text = "\"" + quote.text() + "\"";
        return quote.speaker().map(s -> text + " — " + name(s, dataset)).orElse(text);
    }

    private static String name(ActorId id, Dataset dataset) {
        return dataset.actor(id).map(Actor::name).orElse(id.value());
    }
}
