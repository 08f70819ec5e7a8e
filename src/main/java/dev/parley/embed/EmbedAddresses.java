package dev.parley.embed;

import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.explorer.ui.StandaloneChart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The addresses of embeds and of the explorer at a state, relative to Parley's root. */
final class EmbedAddresses {
    private EmbedAddresses() {}

    /** {@code ?actor=donald-trump&from=2025-01-01}, or nothing for the initial state. */
    static String query(ExplorerState state) {
        Map<String, String> params = ExplorerStateCodec.write(state);
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    static String embed(StandaloneChart chart, ExplorerState state) {
        return "/embed/" + chart.key() + query(state);
    }

    static String explorer(ExplorerState state) {
        return "/" + query(state);
    }

    private static String encode(String s) {
        // commas separate list values and are safe in a query: keep them readable
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",");
    }
}
