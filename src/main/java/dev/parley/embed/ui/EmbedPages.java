package dev.parley.embed.ui;

import dev.parley.base.SharedCache;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.DatasetState;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ui.StandaloneChart;
import dev.parley.explorer.ui.StandaloneCharts;
import dev.parley.publish.PublishedPage;
import dev.parley.publish.PublishedView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The embed pages, made once per dataset and state and shared by every reader (there is no session to keep them
 * in). Each carries an ETag tied to the dataset's version, so a reload or a cache revalidates instead of fetching the
 * page again, and a new dataset changes every tag.
 */
@Component
class EmbedPages {
    /** Pages kept: a network page of the real data is about 300 KB, so this is at most about 20 MB. */
    static final int KEPT = 64;

    private final DatasetService datasets;
    private final StandaloneCharts charts;
    private final PublishedPage writer = PublishedPage.bundled();
    private final SharedCache<Key, Page> pages = new SharedCache<>("Embed page", KEPT);

    EmbedPages(DatasetService datasets, StandaloneCharts charts) {
        this.datasets = datasets;
        this.charts = charts;
    }

    /** One embed page: its HTML, the chart's title (for oEmbed) and its entity tag. */
    record Page(String html, String title, String etag) {}

    /** What a page depends on; the dataset by its version and load time (versions restart with the server). */
    private record Key(StandaloneChart chart, String query, long version, long loadedAt, String root) {
        /**
         * Weak: the page travels compressed, and Tomcat leaves a response with a strong tag uncompressed (the tag
         * names the bytes, which compression changes). The pages are 6 times smaller compressed.
         */
        String etag(String viewer) {
            return "W/\""
                    + sha256(chart + "\n" + query + "\n" + version + "\n" + loadedAt + "\n" + root + "\n" + viewer)
                    + "\"";
        }
    }

    /** The tag the page of {@code chart} at {@code state} has now, without making the page. */
    String etag(StandaloneChart chart, ExplorerState state, String root) {
        return key(chart, state, root, datasets.current()).etag(writer.viewerFileName());
    }

    /**
     * The page of {@code chart} at {@code state}, its links relative to {@code root} (the context path).
     *
     * @throws StandaloneCharts.NothingToShow when the state does not say what to show
     */
    Page page(StandaloneChart chart, ExplorerState state, String root) {
        DatasetState current = datasets.current();
        return pages.get(key(chart, state, root, current), k -> {
            PublishedView view = charts.view(chart, state, current.dataset());
            String html = writer.writeEmbed(
                    view, root + "/embed/" + writer.viewerFileName(), root + EmbedAddresses.explorer(state));
            return new Page(html, view.frame().title(), k.etag(writer.viewerFileName()));
        });
    }

    String viewerFileName() {
        return writer.viewerFileName();
    }

    String viewerScript() {
        return writer.viewerScript();
    }

    private static Key key(StandaloneChart chart, ExplorerState state, String root, DatasetState current) {
        return new Key(
                chart,
                EmbedAddresses.query(state),
                current.version(),
                current.loadedAt().toEpochMilli(),
                root);
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
