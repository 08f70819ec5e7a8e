package dev.parley.export;

/**
 * The downloads Parley offers, with what a browser needs to save them: the file extension and the MIME type. The
 * events and network formats export the current selection; {@link #DATASET_ZIP} is always the whole data directory.
 */
public enum DataFormat {
    /** The selected events, one row each; UTF-8 with a byte-order mark, RFC 4180. */
    EVENTS_CSV("csv", "text/csv; charset=UTF-8", "Events (CSV)"),
    /** The selected events with their sources and the filter that selected them. */
    EVENTS_JSON("json", "application/json", "Events (JSON)"),
    /** The actor network with metrics and time, for Gephi. */
    NETWORK_GEXF("gexf", "application/gexf+xml", "Network (GEXF, Gephi)"),
    /** The actor network with metrics, for yEd, Cytoscape, igraph, NetworkX and others. */
    NETWORK_GRAPHML("graphml", "application/graphml+xml", "Network (GraphML)"),
    /** The curated YAML files and their schemas, byte for byte. */
    DATASET_ZIP("zip", "application/zip", "Data files (zip)");

    private final String extension;
    private final String mimeType;
    private final String label;

    DataFormat(String extension, String mimeType, String label) {
        this.extension = extension;
        this.mimeType = mimeType;
        this.label = label;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The content type to send with the download. */
    public String mimeType() {
        return mimeType;
    }

    /** A short name for a menu or button. */
    public String label() {
        return label;
    }
}
