package dev.parley.export;

/** An export could not be written; the cause says why (usually the client went away mid-download). */
public class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
