package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.BinKey;
import dev.parley.chart.ChartKey.CellKey;
import dev.parley.chart.ChartKey.ConnectionKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChartKeyCodecTest {
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");
    private static final ActorId TRUMP = ActorId.of("donald-trump");
    private static final EventId TALKS = EventId.of("fixture-talks");
    private static final YearMonth FEB = YearMonth.of(2025, 2);

    /** Lane names with every separator, the escape itself, controls, and text in other scripts and planes. */
    static Stream<String> lanes() {
        return Stream.of(
                "Others",
                "vladimir-putin",
                "Kyiv:North",
                "::",
                ":",
                "%",
                "%3A",
                "100%",
                "a%b:c",
                "tab\there",
                "line\nbreak",
                "\u0000",
                "\u007f\u0085",
                "Владимир Путин",
                "習近平",
                "محمد بن سلمان",
                "e\u0301",
                "emoji 🕊️",
                "@~bin:1:2025-02:NEUTRAL",
                " ",
                "\\",
                "\"quoted\"",
                "<b>x</b>");
    }

    static Stream<ChartKey> keys() {
        Stream<ChartKey> fixed = Stream.of(
                EventKey.of(TALKS),
                new BinKey(Optional.empty(), FEB, EventClass.NEUTRAL),
                new ActorKey(PUTIN),
                new ConnectionKey(TRUMP, PUTIN, ConnectionKey.Kind.INTERACTION),
                new ConnectionKey(PUTIN, TRUMP, ConnectionKey.Kind.AFFILIATION),
                new MonthKey(FEB),
                new MonthKey(YearMonth.of(1, 1)),
                new CellKey(PUTIN, YearMonth.of(2022, 12)),
                new PairKey(TRUMP, PUTIN));
        Stream<ChartKey> withLanes = lanes().flatMap(lane ->
                Stream.of(EventKey.on(TALKS, lane), new BinKey(Optional.of(lane), FEB, EventClass.MATERIAL_CONFLICT)));
        Stream<ChartKey> everyClass =
                Stream.of(EventClass.values()).map(c -> new BinKey(Optional.of("Others"), FEB, c));
        return Stream.of(fixed, withLanes, everyClass).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void every_key_comes_back_from_its_encoding(ChartKey key) {
        String id = ChartKeyCodec.encode(key);

        assertThat(ChartKeyCodec.decode(id)).contains(key);
        assertThat(ChartKeyCodec.encode(key)).as("the same id every time").isEqualTo(id);
    }

    @Test
    void ids_read_as_documented_and_are_about_as_short_as_the_old_formats() {
        assertThat(ChartKeyCodec.encode(EventKey.of(TALKS))).isEqualTo("e:fixture-talks");
        assertThat(ChartKeyCodec.encode(EventKey.on(TALKS, "vladimir-putin")))
                .isEqualTo("e:fixture-talks:vladimir-putin");
        assertThat(ChartKeyCodec.encode(new BinKey(Optional.empty(), FEB, EventClass.VERBAL_CONFLICT)))
                .isEqualTo("b:2025-02:verbal-conflict");
        assertThat(ChartKeyCodec.encode(new BinKey(Optional.of("Others"), FEB, EventClass.NEUTRAL)))
                .isEqualTo("b:2025-02:neutral:Others");
        assertThat(ChartKeyCodec.encode(new ActorKey(PUTIN))).isEqualTo("a:vladimir-putin");
        assertThat(ChartKeyCodec.encode(new ConnectionKey(TRUMP, PUTIN, ConnectionKey.Kind.INTERACTION)))
                .isEqualTo("l:donald-trump:vladimir-putin:i");
        assertThat(ChartKeyCodec.encode(new ConnectionKey(PUTIN, TRUMP, ConnectionKey.Kind.AFFILIATION)))
                .isEqualTo("l:vladimir-putin:donald-trump:a");
        assertThat(ChartKeyCodec.encode(new MonthKey(FEB))).isEqualTo("m:2025-02");
        assertThat(ChartKeyCodec.encode(new CellKey(PUTIN, FEB))).isEqualTo("c:vladimir-putin:2025-02");
        assertThat(ChartKeyCodec.encode(new PairKey(PUTIN, TRUMP))).isEqualTo("p:donald-trump:vladimir-putin");
    }

    @Test
    void separators_and_the_escape_in_a_lane_are_escaped_and_other_text_is_kept_as_it_is() {
        assertThat(ChartKeyCodec.encode(EventKey.on(TALKS, "Kyiv:North 100%\n")))
                .isEqualTo("e:fixture-talks:Kyiv%3ANorth 100%25%0A");
        assertThat(ChartKeyCodec.encode(EventKey.on(TALKS, "Владимир Путин")))
                .isEqualTo("e:fixture-talks:Владимир Путин");
    }

    @Test
    void a_pair_is_the_same_key_whichever_way_round_it_is_named() {
        assertThat(new PairKey(PUTIN, TRUMP)).isEqualTo(new PairKey(TRUMP, PUTIN));
        assertThat(new PairKey(PUTIN, TRUMP).a()).isEqualTo(TRUMP);
    }

    @Test
    void a_connection_keeps_its_direction_and_its_kind() {
        assertThat(new ConnectionKey(PUTIN, TRUMP, ConnectionKey.Kind.AFFILIATION))
                .isNotEqualTo(new ConnectionKey(TRUMP, PUTIN, ConnectionKey.Kind.AFFILIATION))
                .isNotEqualTo(new ConnectionKey(PUTIN, TRUMP, ConnectionKey.Kind.INTERACTION));
    }

    @Test
    void keys_that_cannot_exist_are_refused_when_made() {
        assertThatThrownBy(() -> new ConnectionKey(PUTIN, PUTIN, ConnectionKey.Kind.INTERACTION))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairKey(PUTIN, PUTIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventKey.on(TALKS, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventKey.on(TALKS, "broken \ud800 half")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventKey(TALKS, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MonthKey(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ActorKey(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                ":",
                "::",
                "e",
                "e:",
                "e::",
                "x:fixture-talks",
                "E:fixture-talks",
                "fixture-talks",
                "fixture-talks@3",
                "bin:3:2025-02:NEUTRAL",
                "actor:vladimir-putin",
                "month:2025-02",
                "cell:united-states:2025-02",
                "a~b~interaction",
                "e:Fixture-Talks",
                "e:fixture--talks",
                "e:-talks",
                "e:fixture-talks:",
                "e:fixture-talks:lane:more",
                "e:fixture-talks:a%3",
                "e:fixture-talks:a%",
                "e:fixture-talks:%3a",
                "e:fixture-talks:%41",
                "e:fixture-talks:%ZZ",
                "e:fixture-talks:tab\there",
                "e:fixture-talks:%D8",
                "b:2025-02",
                "b:2025-2:neutral",
                "b:2025-13:neutral",
                "b:+2025-02:neutral",
                "b:2025-02:NEUTRAL",
                "b:2025-02:purple",
                "b:2025-02:neutral:",
                "b:2025-02:neutral:a:b",
                "a:",
                "a:vladimir putin",
                "a:vladimir-putin:",
                "a:vladimir-putin:x",
                "a:../../etc/passwd",
                "a:<script>",
                "l:donald-trump:vladimir-putin",
                "l:donald-trump:vladimir-putin:x",
                "l:donald-trump:vladimir-putin:I",
                "l:vladimir-putin:vladimir-putin:i",
                "l:donald-trump:vladimir-putin:i:",
                "l:::i",
                "m:",
                "m:2025",
                "m:2025-02-01",
                "m:February 2025",
                "m:2025-00",
                "m:99999-01",
                "c:united-states",
                "c:2025-02:united-states",
                "c:united-states:2025-02:x",
                "p:vladimir-putin:donald-trump",
                "p:vladimir-putin:vladimir-putin",
                "p:donald-trump",
                "\u0000",
                "a:vladimir-putin\u0000",
                "🕊️:🕊️"
            })
    void garbage_forged_and_truncated_ids_decode_to_nothing(String id) {
        assertThat(ChartKeyCodec.decode(id)).isEmpty();
    }

    @Test
    void every_truncation_of_a_real_id_decodes_to_nothing_or_to_a_key_that_encodes_to_it() {
        for (ChartKey key : keys().toList()) {
            String id = ChartKeyCodec.encode(key);
            for (int end = 0; end < id.length(); end++) {
                String cut = id.substring(0, end);
                ChartKeyCodec.decode(cut)
                        .ifPresent(k -> assertThat(ChartKeyCodec.encode(k)).isEqualTo(cut));
            }
        }
    }

    @Test
    void an_overlong_id_is_not_read() {
        String lane = "x".repeat(ChartKeyCodec.MAX_LENGTH);

        assertThat(ChartKeyCodec.decode("e:fixture-talks:" + lane)).isEmpty();
    }

    @Test
    void random_text_never_throws_and_whatever_decodes_encodes_back_to_the_same_id() {
        Random random = new Random(42);
        String alphabet = "eabmlcpi:%-0123456789AF\u0000\n🕊ый";
        List<String> decoded = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder id = new StringBuilder(random.nextInt(3) == 0 ? "e:x" : "");
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ChartKeyCodec.decode(id.toString()).ifPresent(k -> {
                assertThat(ChartKeyCodec.encode(k)).isEqualTo(id.toString());
                decoded.add(id.toString());
            });
        }
        assertThat(decoded).as("the random ids hit some real ones too").isNotEmpty();
    }
}
