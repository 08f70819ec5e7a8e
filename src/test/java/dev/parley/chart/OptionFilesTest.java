package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class OptionFilesTest {
    private static PreparedOption option(String name) {
        return PreparedOption.of(
                ChartOption.of(GraphSeries.of("network", List.of(DataItem.node("a:" + name, name, 0, 0)), List.of())));
    }

    private static String nameOf(String address) {
        assertThat(address).startsWith(OptionFiles.PATH);
        return address.substring(OptionFiles.PATH.length());
    }

    @Test
    void an_option_has_one_address_named_by_its_content_and_another_option_has_another() {
        PreparedOption putin = option("putin");

        String address = OptionFiles.addressOf(putin);

        assertThat(OptionFiles.addressOf(putin)).isEqualTo(address);
        assertThat(OptionFiles.addressOf(option("putin"))).as("same content").isEqualTo(address);
        assertThat(OptionFiles.addressOf(option("trump"))).isNotEqualTo(address);
        assertThat(nameOf(address)).matches("[A-Za-z0-9_-]{43}\\.json");
    }

    @Test
    void the_file_at_an_address_is_the_options_json_compressed_and_plain_on_request() throws Exception {
        PreparedOption putin = option("putin");

        OptionFiles.OptionFile file =
                OptionFiles.find(nameOf(OptionFiles.addressOf(putin))).orElseThrow();

        try (var in = new GZIPInputStream(new ByteArrayInputStream(file.gzipped()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(putin.json());
        }
        assertThat(new String(file.plain(), StandardCharsets.UTF_8)).isEqualTo(putin.json());
    }

    @Test
    void a_name_that_is_not_the_hash_of_a_held_option_finds_nothing() {
        String held = nameOf(OptionFiles.addressOf(option("putin")));

        assertThat(OptionFiles.find(null)).isEmpty();
        assertThat(OptionFiles.find("")).isEmpty();
        assertThat(OptionFiles.find("../../../etc/passwd")).isEmpty();
        assertThat(OptionFiles.find(held.replace(".json", ""))).isEmpty();
        assertThat(OptionFiles.find(held + "/")).isEmpty();
        assertThat(OptionFiles.find("A".repeat(43) + ".json"))
                .as("well formed, never made")
                .isEmpty();
        assertThat(OptionFiles.find("A".repeat(100_000))).isEmpty();
    }
}
