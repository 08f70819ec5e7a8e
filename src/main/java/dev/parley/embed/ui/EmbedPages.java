package dev.parley.embed.ui;

import dev.parley.base.SharedCache;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.DatasetState;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ui.StandaloneChart;
import dev.parley.explorer.ui.StandaloneCharts;
import dev.parley.publish.PublishedPage;
import dev.parley.publish.PublishedView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The embed pages, made once per dataset and state and shared by every reader (there is no session to keep them
 * in). Each carries an ETag tied to the dataset's version, so a reload or a cache revalidates instead of fetching the
 * page again, and a new dataset changes every tag.
 */
@Component
class EmbedPages {
    /**
     * Pages kept, compressed: a network page is about 50 KB on the real data and 600 KB on the 10,000-event synthetic
     * data, so this is at most about 40 MB.
     */
    static final int KEPT = 64;

    private final DatasetService datasets;
    private final StandaloneCharts charts;
    private final PublishedPage writer = PublishedPage.bundled();
    private final SharedCache<Key, Page> pages = new SharedCache<>("Embed page", KEPT);
    private final byte[] viewerGzipped = Page.gzip(writer.viewerScript());

    EmbedPages(DatasetService datasets, StandaloneCharts charts) {
        this.datasets = datasets;
        this.charts = charts;
        // the pages of a replaced dataset have tags no reader can ask for again: free their room at once
        datasets.addListener(state -> pages.dropIf(key -> key.version() != state.version()));
    }

    /**
     * One embed page: its HTML gzip-compressed, the chart's title (for oEmbed) and its entity tag. Compressed once
     * when made rather than for every reader: on the synthetic data a network page is 4 MB of text, and compressing
     * it for each of 1,000 readers arriving at once was most of the server's work (EmbedBenchmark timed some out).
     */
    record Page(byte[] gzipped, String title, String etag) {
        /** The HTML, for the rare client that does not take gzip. */
        String html() {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static byte[] gzip(String html) {
            var out = new ByteArrayOutputStream(html.length() / 5 + 1024);
            try (var zip = new GZIPOutputStream(out)) {
                zip.write(html.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** What a page depends on; the dataset by its version and load time (versions restart with the server). */
    private record Key(StandaloneChart chart, String query, long version, long loadedAt, String root) {
        /** Weak: the same page travels compressed or not, as the client asks. */
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
            return new Page(Page.gzip(html), view.frame().title(), k.etag(writer.viewerFileName()));
        });
    }

    /** How many pages are kept now. */
    long kept() {
        return pages.size();
    }

    String viewerFileName() {
        return writer.viewerFileName();
    }

    String viewerScript() {
        return writer.viewerScript();
    }

    /** The viewer script gzip-compressed, once: 0.8 MB that every new reader asks for. */
    byte[] viewerGzipped() {
        return viewerGzipped;
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
