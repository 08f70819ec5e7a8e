package dev.parley.embed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.explorer.ui.StandaloneChart;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OEmbedTargetTest {
    private static final URI ROOT = URI.create("https://parley.example/");

    @Test
    void the_explorer_stands_for_its_network_or_for_the_relationship_it_has_open() {
        OEmbedTarget network = OEmbedTarget.of("https://parley.example/?actor=donald-trump", ROOT)
                .orElseThrow();
        assertThat(network.chart()).isEqualTo(StandaloneChart.NETWORK);
        assertThat(network.state().actor()).contains(ActorId.of("donald-trump"));
        assertThat(OEmbedTarget.of("https://parley.example/explorer?pair=a,b", ROOT)
                        .map(OEmbedTarget::chart))
                .contains(StandaloneChart.RELATIONSHIP);
        assertThat(OEmbedTarget.of("https://PARLEY.example:443/embed/timeline?from=2025-02-01", ROOT)
                        .map(OEmbedTarget::chart))
                .as("host names are case-blind and 443 is https' own port")
                .contains(StandaloneChart.TIMELINE);
    }

    @Test
    void an_address_of_another_site_or_of_no_chart_stands_for_nothing() {
        for (String url : new String[] {
            "https://evil.example/?actor=x",
            "http://parley.example/",
            "https://parley.example:8443/",
            "https://parley.example/studio",
            "https://parley.example/embed/nothing",
            "https://parley.example.evil.example/",
            "not a url at all",
            "/relative"
        }) {
            assertThat(OEmbedTarget.of(url, ROOT)).as(url).isEqualTo(Optional.empty());
        }
    }

    @Test
    void under_a_context_path_only_addresses_below_it_count() {
        URI root = URI.create("https://news.example/parley");
        assertThat(OEmbedTarget.of("https://news.example/parley/embed/network", root))
                .isPresent();
        assertThat(OEmbedTarget.of("https://news.example/other/embed/network", root))
                .isEmpty();
    }
}
