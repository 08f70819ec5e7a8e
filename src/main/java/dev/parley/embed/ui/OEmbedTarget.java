package dev.parley.embed.ui;

import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.explorer.ui.StandaloneChart;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which embed a Parley address stands for, for oEmbed: an embed's own address is itself; the explorer's address
 * ({@code /} or {@code /explorer}) becomes its relationship when it has a pair open, else its network, the picture
 * most often shared. Any other address, or one on another site, stands for none.
 *
 * @param chart the chart to embed
 * @param state the explorer state of the address
 */
record OEmbedTarget(StandaloneChart chart, ExplorerState state) {

    /**
     * @param url the address a CMS asks about
     * @param root Parley's own root address (scheme, host, port and context path), which {@code url} must be under
     */
    static Optional<OEmbedTarget> of(String url, URI root) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (u.getScheme() == null
                || !u.getScheme().equalsIgnoreCase(root.getScheme())
                || u.getHost() == null
                || !u.getHost().equalsIgnoreCase(root.getHost())
                || port(u) != port(root)
                || u.getRawPath() == null) {
            return Optional.empty();
        }
        String base = root.getRawPath() == null ? "" : root.getRawPath().replaceAll("/$", "");
        if (!u.getRawPath().startsWith(base)) {
            return Optional.empty();
        }
        String path = u.getRawPath().substring(base.length());
        ExplorerState state = ExplorerStateCodec.read(parameters(u.getRawQuery()));
        if (path.isEmpty() || path.equals("/") || path.equals("/explorer")) {
            return Optional.of(new OEmbedTarget(
                    state.pair().isPresent() ? StandaloneChart.RELATIONSHIP : StandaloneChart.NETWORK, state));
        }
        if (path.startsWith("/embed/")) {
            return StandaloneChart.ofKey(path.substring("/embed/".length())).map(c -> new OEmbedTarget(c, state));
        }
        return Optional.empty();
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static Map<String, List<String>> parameters(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken escape: the codec ignores a value it cannot read
            return "";
        }
    }
}
