/**
 * Downloads of what the explorer shows, independent of the UI: the selected events as CSV or JSON, the actor network
 * as GEXF (with time, for Gephi's timeline) or GraphML, and the curated data files as a zip. {@link
 * dev.parley.export.ExportService} is the entry point; {@code docs/exports.md} describes every format.
 */
package dev.parley.export;
