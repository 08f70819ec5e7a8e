package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void valid_data_exits_0_with_a_one_line_summary() {
        int status = ValidateCommand.run(new String[] {"--validate", "src/test/resources/fixtures/valid"}, out);

        assertThat(status).isZero();
        assertThat(lines()).containsExactly("OK: 6 actors, 3 articles, 8 events in src/test/resources/fixtures/valid");
    }

    @Test
    void invalid_data_exits_1_printing_each_problem_then_a_count() {
        int status = ValidateCommand.run(new String[] {"--validate", "src/test/resources/broken/malformed-dates"}, out);

        assertThat(status).isEqualTo(1);
        assertThat(lines()).hasSize(4);
        assertThat(lines().getFirst())
                .startsWith("src/test/resources/broken/malformed-dates/articles/a-call.yaml:8:11: events[0].date:");
        assertThat(lines().getLast()).isEqualTo("FAILED: 3 problems in src/test/resources/broken/malformed-dates");
    }

    @Test
    void one_problem_is_counted_in_the_singular() {
        ValidateCommand.run(new String[] {"--validate", "src/test/resources/broken/empty-quote"}, out);

        assertThat(lines().getLast()).isEqualTo("FAILED: 1 problem in src/test/resources/broken/empty-quote");
    }

    @Test
    void without_a_directory_it_validates_data() {
        ValidateCommand.run(new String[] {"--validate"}, out);

        assertThat(lines().getLast()).endsWith(" in data");
    }

    @Test
    void wrong_arguments_exit_2_with_the_usage() {
        assertThat(ValidateCommand.run(new String[] {"--validate", "a", "b"}, out))
                .isEqualTo(2);
        assertThat(ValidateCommand.run(new String[] {"--validate", "--verbose"}, out))
                .isEqualTo(2);
        assertThat(ValidateCommand.run(new String[] {"--check"}, out)).isEqualTo(2);
        assertThat(ValidateCommand.run(new String[] {}, out)).isEqualTo(2);

        assertThat(lines()).hasSize(4).allMatch(line -> line.startsWith("usage: "));
    }

    @Test
    void a_missing_directory_is_invalid_data_not_a_crash() {
        int status = ValidateCommand.run(new String[] {"--validate", "target/no-such-dir"}, out);

        assertThat(status).isEqualTo(1);
        assertThat(lines().getFirst()).startsWith("target/no-such-dir: data directory not found");
    }
}
