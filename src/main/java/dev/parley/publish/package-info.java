/**
 * Publishing a chart as one self-contained HTML file (docs/sharing.md): the option the chart shows, the evidence
 * behind its items and the viewer script, inlined so the file opens from disk and asks nothing of the network.
 * Depends on chart, event, actor and dataset; the explorer's UI calls it, never the reverse.
 */
package dev.parley.publish;
