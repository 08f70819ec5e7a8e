"""Reads Parley's network exports with NetworkX and prints what it read as JSON, for NetworkxReadsNetworkExportsTest.

Usage: python3 read_network_exports.py FILE...  (each FILE ends in .gexf or .graphml)

Prints {"networkx": version, "files": [{"path", "directed", "multigraph", "nodes", "edges"}]}; each edge has its two
ends sorted, its id, its weight (the file's default weight where the edge has none) and its kind and directed_from
attributes where the file has them. Written for NetworkX 2.8 (Debian 12) and 3.x alike.
"""

import json
import sys

import networkx as nx


def read(path):
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    raise SystemExit("not a .gexf or .graphml file: " + path)


def edges(graph):
    default_weight = graph.graph.get("edge_default", {}).get("weight")
    if graph.is_multigraph():
        triples = ((u, v, key, data) for u, v, key, data in graph.edges(keys=True, data=True))
    else:
        triples = ((u, v, None, data) for u, v, data in graph.edges(data=True))
    for u, v, key, data in triples:
        yield {
            "ends": sorted([str(u), str(v)]),
            "id": data.get("id", key),
            "weight": data.get("weight", default_weight),
            "kind": data.get("kind"),
            "directed_from": data.get("directed_from"),
        }


def describe(path):
    graph = read(path)
    return {
        "path": path,
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": sorted(str(n) for n in graph.nodes()),
        "edges": list(edges(graph)),
    }


def main(paths):
    json.dump({"networkx": nx.__version__, "files": [describe(p) for p in paths]}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
