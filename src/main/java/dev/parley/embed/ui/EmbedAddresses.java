package dev.parley.embed.ui;

import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.explorer.ui.StandaloneChart;

/** The addresses of embeds and of the explorer at a state, relative to Parley's root. */
final class EmbedAddresses {
    private EmbedAddresses() {}

    static String query(ExplorerState state) {
        return ExplorerStateCodec.query(state);
    }

    static String embed(StandaloneChart chart, ExplorerState state) {
        return chart.path() + query(state);
    }

    static String explorer(ExplorerState state) {
        return "/" + query(state);
    }
}
