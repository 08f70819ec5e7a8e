package dev.parley.curator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class HashPasswordCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return HashPasswordCommand.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void empty_input_is_refused_and_prints_no_hash() {
        assertThat(run("", "--hash-password")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("no password given");
    }

    @Test
    void a_blank_line_is_refused() {
        assertThat(run("              \n", "--hash-password")).isEqualTo(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_with_the_minimum() {
        assertThat(run("elevenchars\n", "--hash-password")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("at least 12 characters");
    }

    @Test
    void twelve_characters_outside_ascii_count_as_twelve() {
        assertThat(run("ßüñé€日本語🔑ßüñ\n", "--hash-password")).isEqualTo(0);
        assertThat(new BCryptPasswordEncoder().matches("ßüñé€日本語🔑ßüñ", out().strip()))
                .isTrue();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_rather_than_cut() {
        assertThat(run("x".repeat(73) + "\n", "--hash-password")).isEqualTo(1);
        assertThat(err()).contains("at most 72 bytes");
    }

    @Test
    void other_arguments_print_the_usage() {
        assertThat(run("a long enough password\n", "--hash-password", "extra")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("usage: parley --hash-password");
    }

    @Test
    void one_line_of_standard_input_gives_only_a_bcrypt_hash_of_cost_twelve_on_standard_output() {
        assertThat(run("correct horse battery staple\nsecond line ignored\n", "--hash-password"))
                .isEqualTo(0);

        String printed = out();
        assertThat(printed).matches("\\$2a\\$12\\$[./A-Za-z0-9]{53}\\R");
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery staple", printed.strip()))
                .isTrue();
        assertThat(err()).isEmpty();
        // what it prints is accepted as a setting
        assertThat(new CuratorSettings(java.util.List.of(new CuratorSettings.Account("alice", printed.strip())))
                        .curators())
                .hasSize(1);
    }

    @Test
    void the_same_password_twice_gives_two_different_salted_hashes() {
        run("correct horse battery staple\n", "--hash-password");
        run("correct horse battery staple\n", "--hash-password");

        String[] lines = out().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isNotEqualTo(lines[1]);
    }
}
