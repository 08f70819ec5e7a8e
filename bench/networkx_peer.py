#!/usr/bin/env python3
"""Peer of Parley's metrics: NetworkX betweenness and PageRank on the same interaction graph.

Usage: networkx_peer.py <parts dir>. Reads edges.tsv and parley-scores.tsv (written by CoreBenchmark), writes
networkx.properties with NetworkX's times and the largest difference from Parley's exact scores.
"""
import sys
import time

import networkx as nx

parts = sys.argv[1]
g = nx.Graph()
with open(f"{parts}/edges.tsv") as f:
    for line in f:
        a, b, w = line.rstrip("\n").split("\t")
        g.add_edge(a, b, weight=int(w))
parley = {}
with open(f"{parts}/parley-scores.tsv") as f:
    for line in f:
        actor, between, pagerank = line.rstrip("\n").split("\t")
        parley[actor] = (float(between), float(pagerank))

t = time.perf_counter()
between = nx.betweenness_centrality(g, normalized=True)
between_ms = (time.perf_counter() - t) * 1000
t = time.perf_counter()
harmonic = nx.harmonic_centrality(g)
harmonic_ms = (time.perf_counter() - t) * 1000
t = time.perf_counter()
pagerank = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-10, max_iter=200)
pagerank_ms = (time.perf_counter() - t) * 1000

with open(f"{parts}/networkx.properties", "w") as out:
    out.write(f"networkx.version={nx.__version__}\n")
    out.write(f"networkx.vertices={g.number_of_nodes()}\n")
    out.write(f"networkx.edges={g.number_of_edges()}\n")
    out.write(f"networkx.betweenness_ms={between_ms:.1f}\n")
    out.write(f"networkx.harmonic_closeness_ms={harmonic_ms:.1f}\n")
    out.write(f"networkx.pagerank_ms={pagerank_ms:.1f}\n")
    out.write(f"networkx.betweenness_max_abs_diff={max(abs(between[a] - parley[a][0]) for a in parley):.3g}\n")
    out.write(f"networkx.pagerank_max_abs_diff={max(abs(pagerank[a] - parley[a][1]) for a in parley):.3g}\n")
    out.write(f"networkx.same_vertices={set(g.nodes) == set(parley)}\n")
