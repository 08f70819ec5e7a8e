package dev.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "'",
                "''",
                "'quoted'",
                "=1+1",
                "+1",
                "-1",
                "@SUM(A1)",
                "\tx",
                "\rx",
                "'=1+1",
                "''=1+1",
                "'''",
                "a=b",
                "Zoë",
                " =1"
            })
    void restore_undoes_protect_for_every_string(String cell) {
        assertThat(FormulaGuard.restore(FormulaGuard.protect(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=1+1"})
    void cells_that_could_run_as_formulas_get_an_apostrophe(String cell) {
        assertThat(FormulaGuard.protect(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "'", "'quoted'", "a=b", " =1", "2025-02-12"})
    void other_cells_are_left_alone(String cell) {
        assertThat(FormulaGuard.protect(cell)).isEqualTo(cell);
    }
}
