package dev.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class EventsCsvTest {

    private static byte[] csv(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(dataset.events(), dataset, out);
        return out.toByteArray();
    }

    /** Parses the export as a spreadsheet-neutral reader would, then undoes the formula guard. */
    private static List<Map<String, String>> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(EventsCsv.COLUMNS);
            return parser.getRecords().stream()
                    .map(CSVRecord::toMap)
                    .map(row -> {
                        row.replaceAll((column, cell) -> FormulaGuard.restore(cell));
                        return row;
                    })
                    .toList();
        }
    }

    @Test
    void an_empty_dataset_gives_the_bom_and_the_header_only() throws IOException {
        byte[] bytes = csv(Dataset.empty());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + String.join(",", EventsCsv.COLUMNS) + "\r\n");
        assertThat(parse(bytes)).isEmpty();
    }

    @Test
    void an_event_without_quotes_summary_or_source_url_has_empty_cells() throws IOException {
        Map<String, String> quiet = parse(csv(ExportFixtures.awkward())).stream()
                .filter(row -> row.get("id").equals("quiet"))
                .findFirst()
                .orElseThrow();

        assertThat(quiet)
                .containsEntry("quotes", "")
                .containsEntry("summary", "")
                .containsEntry("end", "")
                .containsEntry("location", "")
                .containsEntry("source_url", "");
    }

    @Test
    void commas_quotes_line_breaks_and_markup_survive_as_written() throws IOException {
        Dataset dataset = ExportFixtures.awkward();
        Map<String, String> nasty = parse(csv(dataset)).stream()
                .filter(row -> row.get("id").equals("nasty"))
                .findFirst()
                .orElseThrow();

        assertThat(nasty.get("title")).isEqualTo(ExportFixtures.NASTY_TITLE);
        assertThat(nasty.get("quotes"))
                .isEqualTo("\"We said \"no\",\nthen \"yes\".\" — Владимир Путин\n" + "\"Unattributed words\"");
        assertThat(nasty.get("source_title")).isEqualTo("Headline, with \"quotes\" — and ‘curly’ ones");
        assertThat(nasty.get("source_url")).isEqualTo("https://example.org/a?x=1&y=2");
    }

    @Test
    void non_ascii_names_are_written_in_utf_8() throws IOException {
        Map<String, String> nasty = parse(csv(ExportFixtures.awkward())).stream()
                .filter(row -> row.get("id").equals("nasty"))
                .findFirst()
                .orElseThrow();

        assertThat(nasty.get("participants"))
                .isEqualTo("zoe-angstrom (initiator); vladimir-putin-ru (recipient); xi-jinping (mentioned)");
        assertThat(nasty.get("participant_names")).isEqualTo("Zoë Ångström-Łukasiewicz; Владимир Путин; @習近平");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() throws IOException {
        String text = new String(csv(ExportFixtures.awkward()), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<CSVRecord> raw;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            raw = parser.getRecords();
        }
        CSVRecord nasty = raw.stream()
                .filter(r -> r.get("id").equals("nasty"))
                .findFirst()
                .orElseThrow();
        CSVRecord yearOnly = raw.stream()
                .filter(r -> r.get("id").equals("year-only"))
                .findFirst()
                .orElseThrow();

        assertThat(nasty.get("summary")).isEqualTo("'" + ExportFixtures.FORMULA);
        assertThat(nasty.get("location")).isEqualTo("'+Genève, Zürich");
        assertThat(yearOnly.get("title")).isEqualTo("'-1 for talks");
        assertThat(yearOnly.get("source_title")).isEqualTo("'-Plain headline");
        assertThat(yearOnly.get("score"))
                .as("a number, not text: never guarded")
                .isEqualTo("-5.0");
        assertThat(raw)
                .allSatisfy(r -> r.toMap().entrySet().stream()
                        .filter(cell -> !cell.getKey().equals("score"))
                        .map(Map.Entry::getValue)
                        .forEach(cell -> assertThat(cell)
                                .doesNotStartWith("=")
                                .doesNotStartWith("+")
                                .doesNotStartWith("-")
                                .doesNotStartWith("@")));
    }

    @Test
    void each_event_has_its_cameo_code_or_an_empty_cell_and_its_goldstein_score() throws IOException {
        List<Map<String, String>> rows = parse(csv(ExportFixtures.awkward()));

        assertThat(rows)
                .extracting(r -> r.get("id") + "|" + r.get("type") + "|" + r.get("cameo") + "|" + r.get("score"))
                .containsExactly("year-only|reject|125|-5.0", "quiet|consult||1.0", "nasty|consult||1.0");
    }

    @Test
    void the_valid_fixture_parses_back_to_the_same_events() throws IOException {
        Dataset dataset = ExportFixtures.VALID;
        List<Map<String, String>> rows = parse(csv(dataset));

        assertThat(rows).hasSize(dataset.events().size());
        for (int i = 0; i < rows.size(); i++) {
            Event event = dataset.events().get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("id")).isEqualTo(event.id().value());
            assertThat(row.get("title")).isEqualTo(event.title());
            assertThat(row.get("date")).isEqualTo(event.date().iso());
            assertThat(row.get("date_precision"))
                    .isEqualTo(event.date().precision().name().toLowerCase());
            assertThat(row.get("type")).isEqualTo(event.type().key());
            assertThat(Double.parseDouble(row.get("score"))).isEqualTo(event.score());
            assertThat(row.get("source_id")).isEqualTo(event.article().value());
            assertThat(row.get("participants").split("; "))
                    .containsExactlyElementsOf(event.participants().stream()
                            .map(p -> p.actor().value() + " (" + p.role().key() + ")")
                            .toList());
        }
    }

    @Test
    void dates_are_written_with_the_precision_the_source_gave() throws IOException {
        List<Map<String, String>> rows = parse(csv(ExportFixtures.awkward()));

        assertThat(rows)
                .extracting(r -> r.get("date") + "|" + r.get("date_precision") + "|" + r.get("end"))
                .containsExactly("2025|year|", "2025-02|month|", "2025-02-12|day|2025-02-14");
    }

    @Test
    void the_class_and_source_columns_are_filled() throws IOException {
        Map<String, String> call = parse(csv(ExportFixtures.VALID)).stream()
                .filter(row -> row.get("id").equals("fixture-phone-call"))
                .findFirst()
                .orElseThrow();

        assertThat(call)
                .containsEntry("class", "verbal_cooperation")
                .containsEntry("source_outlet", "Example News")
                .containsEntry("source_title", "Fixture: leaders hold a phone call")
                .containsEntry("source_url", "https://example.org/2025/02/12/phone-call")
                .containsEntry("source_published", "2025-02-12")
                .containsEntry("quotes", "\"We agreed to work together, very closely.\" — Donald Trump")
                .containsEntry("participant_names", "Donald Trump; Vladimir Putin");
    }
}
