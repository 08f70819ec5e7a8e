package dev.parley.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code cameo.tsv} against the published tables: the Goldstein scores of GDELT's {@code
 * CAMEO.goldsteinscale.txt} and the names of its {@code CAMEO.eventcodes.txt}. The expected values are copied here by
 * hand from those files, so a slip in the data file cannot also be a slip in the test.
 */
class CameoTest {
    /**
     * The 20 CAMEO root categories with their Goldstein scores, as in GDELT's CAMEO lookup tables (scale: Goldstein,
     * J. S. 1992, "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2)); the same
     * table is in {@code EVENT-DATA.md} and {@code docs/relationships.md}.
     */
    private static final Map<String, Root> ROOTS = roots(
            new Root("01", "Make public statement", 0.0),
            new Root("02", "Appeal", 3.0),
            new Root("03", "Express intent to cooperate", 4.0),
            new Root("04", "Consult", 1.0),
            new Root("05", "Engage in diplomatic cooperation", 3.5),
            new Root("06", "Engage in material cooperation", 6.0),
            new Root("07", "Provide aid", 7.0),
            new Root("08", "Yield", 5.0),
            new Root("09", "Investigate", -2.0),
            new Root("10", "Demand", -5.0),
            new Root("11", "Disapprove", -2.0),
            new Root("12", "Reject", -4.0),
            new Root("13", "Threaten", -6.0),
            new Root("14", "Protest", -6.5),
            new Root("15", "Exhibit force posture", -7.2),
            new Root("16", "Reduce relations", -4.0),
            new Root("17", "Coerce", -7.0),
            new Root("18", "Assault", -9.0),
            new Root("19", "Fight", -10.0),
            new Root("20", "Use unconventional mass violence", -10.0));

    private record Root(String code, String name, double goldstein) {}

    private static Map<String, Root> roots(Root... roots) {
        Map<String, Root> map = new LinkedHashMap<>();
        for (Root root : roots) {
            map.put(root.code(), root);
        }
        return map;
    }

    @Test
    void the_twenty_roots_have_the_published_names_and_scores() {
        List<CameoCode> roots =
                Cameo.codes().stream().filter(c -> c.code().length() == 2).toList();

        assertThat(roots).extracting(CameoCode::code).containsExactlyElementsOf(ROOTS.keySet());
        for (CameoCode root : roots) {
            Root expected = ROOTS.get(root.code());
            assertThat(root.name()).as(root.code()).isEqualTo(expected.name());
            assertThat(root.goldstein()).as(root.code()).isEqualTo(expected.goldstein());
        }
    }

    @Test
    void finer_codes_have_the_scores_and_names_of_gdelts_tables() {
        assertCode("163", -8.0, "Impose embargo, boycott, or sanctions");
        assertCode("0874", 10.0, "Retreat or surrender militarily");
        assertCode("190", -10.0, "Use conventional military force, not specified below");
        assertCode("057", 8.0, "Sign formal agreement");
        assertCode("011", -0.1, "Decline comment");
        assertCode("130", -4.4, "Threaten, not specified below");
        assertCode("182", -9.5, "Physically assault, not specified below");
        assertCode("1821", -9.0, "Sexually assault");
        assertCode("042", 1.9, "Make a visit");
        assertCode("161", -4.0, "Reduce or break diplomatic relations");
        assertCode("174", -5.0, "Expel or deport individuals");
        assertCode("0871", 9.0, "Declare truce, ceasefire");
        assertCode("2042", -10.0, "Detonate nuclear weapons");
    }

    @Test
    void names_garbled_in_gdelts_file_are_repaired() {
        assertCode("106", -5.0, "Demand withdrawal");
        assertCode("1056", -5.0, "Demand de-escalation of military engagement");
        assertCode("044", 2.5, "Meet at a \"third\" location");
        assertCode("033", 5.2, "Express intent to provide material aid, not specified below");
    }

    private static void assertCode(String code, double goldstein, String name) {
        CameoCode found = Cameo.code(code).orElseThrow(() -> new AssertionError(code + " is not in cameo.tsv"));
        assertThat(found.goldstein()).as(code).isEqualTo(goldstein);
        assertThat(found.name()).as(code).isEqualTo(name);
    }

    @Test
    void the_list_holds_every_code_of_gdelts_table_once() {
        assertThat(Cameo.codes()).hasSize(311);
        assertThat(Cameo.codes()).extracting(CameoCode::code).doesNotHaveDuplicates();
    }

    @Test
    void every_finer_code_sits_under_a_code_one_digit_shorter() {
        for (CameoCode code : Cameo.codes()) {
            assertThat(code.code()).matches("\\d{2,4}");
            assertThat(code.name())
                    .as(code.code())
                    .isNotBlank()
                    .isEqualTo(code.name().strip());
            if (code.code().length() > 2) {
                String parent = code.code().substring(0, code.code().length() - 1);
                assertThat(Cameo.code(parent)).as("parent of " + code.code()).isPresent();
            } else {
                assertThat(Integer.parseInt(code.code())).isBetween(1, 20);
            }
        }
    }

    @Test
    void only_appeals_for_reform_or_to_yield_score_on_the_other_side_of_neutral_from_their_root() {
        // GDELT scores appeals for political reform (024x) and to yield (025x) at -0.3 under "Appeal" (+3.0): they
        // press on the target. Any other crossing of zero would be a slip in the file.
        List<String> crossing = Cameo.codes().stream()
                .filter(c -> Math.signum(c.goldstein())
                                * Math.signum(Cameo.root(c.root()).goldstein())
                        < 0)
                .map(CameoCode::code)
                .toList();

        assertThat(crossing)
                .containsExactly(
                        "024", "0241", "0242", "0243", "0244", "025", "0251", "0252", "0253", "0254", "0255", "0256");
    }

    @Test
    void every_event_type_root_is_a_known_code_and_gives_the_type_its_score() {
        for (EventType type : EventType.values()) {
            assertThat(type.cameoRoots()).as(type.key()).isNotEmpty().doesNotHaveDuplicates();
            for (String root : type.cameoRoots()) {
                assertThat(ROOTS).as(type.key()).containsKey(root);
            }
            String first = type.cameoRoots().getFirst();
            assertThat(type.cameo().code()).isEqualTo(first);
            assertThat(type.goldstein())
                    .as(type.key())
                    .isEqualTo(ROOTS.get(first).goldstein(), within(0.0));
        }
    }

    @Test
    void every_root_is_allowed_under_some_event_type() {
        for (String root : ROOTS.keySet()) {
            CameoCode code = Cameo.code(root).orElseThrow();
            assertThat(Arrays.stream(EventType.values()).filter(t -> t.allows(code)))
                    .as(root)
                    .isNotEmpty();
        }
    }

    @Test
    void the_acts_a_type_describes_can_be_coded_with_their_cameo_codes() {
        assertAllows(EventType.AGREE, "057", "036", "037");
        assertAllows(EventType.CONSULT, "041", "042", "046");
        assertAllows(EventType.SANCTION, "161", "162", "163");
        // "formally objects, recalls envoys, or people demonstrate": a recall (161) is left to sanction
        assertAllows(EventType.PROTEST, "114", "111", "141");
        // "seizes, annexes, blockades or arrests"
        assertAllows(EventType.COERCE, "171", "192", "191", "173");
        assertAllows(EventType.ASSAULT, "190", "195", "186");
        assertThat(EventType.CONSULT.allows(Cameo.code("163").orElseThrow())).isFalse();
        assertThat(EventType.SANCTION.allows(Cameo.code("057").orElseThrow())).isFalse();
    }

    private static void assertAllows(EventType type, String... codes) {
        for (String code : codes) {
            assertThat(type.allows(Cameo.code(code).orElseThrow()))
                    .as(type.key() + " allows " + code)
                    .isTrue();
        }
    }
}
