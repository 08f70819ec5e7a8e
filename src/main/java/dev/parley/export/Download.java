package dev.parley.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One file to offer for download, described without any UI type: its format, file name and content type, and the
 * code that writes its bytes when the browser asks for them. A view hands this to Vaadin's download support, e.g.
 * {@code DownloadHandler.fromInputStream} or a handler that calls {@link #writeTo} on the response stream.
 *
 * @param format   what the file holds
 * @param fileName a safe file name, see {@link ExportNames}
 * @param content  writes the file; called once per download, it computes then (so "exported" times are the time of
 *                 the download)
 */
public record Download(DataFormat format, String fileName, Content content) {

    /** Writes a download's bytes to a stream, without closing it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public Download {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** The content type to send, such as {@code text/csv; charset=UTF-8}. */
    public String mimeType() {
        return format.mimeType();
    }

    /** Writes the file to {@code out}, which stays open. */
    public void writeTo(OutputStream out) throws IOException {
        content.writeTo(out);
    }

    /** The whole file in memory; fine for the sizes Parley deals with, streaming with {@link #writeTo} is leaner. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
