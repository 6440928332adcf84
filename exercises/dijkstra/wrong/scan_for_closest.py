# expect: time_limit_exceeded
# Textbook Dijkstra without a heap: every step scans all unfinished nodes for
# the closest one, O(V^2) in all.
import math


def _search(graph: dict, source):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative weight")
    nodes = set(graph)
    for edges in graph.values():
        nodes.update(edges)
    distances = {node: math.inf for node in nodes}
    distances[source] = 0
    parents = {}
    unfinished = set(nodes)
    while unfinished:
        node = min(unfinished, key=distances.__getitem__)
        if distances[node] == math.inf:
            break
        unfinished.remove(node)
        for neighbour, weight in graph.get(node, {}).items():
            if distances[node] + weight < distances[neighbour]:
                distances[neighbour] = distances[node] + weight
                parents[neighbour] = node
    return {n: d for n, d in distances.items() if d != math.inf}, parents


def dijkstra(graph: dict, source) -> dict:
    return _search(graph, source)[0]


def shortest_path(graph: dict, source, target):
    distances, parents = _search(graph, source)
    if target not in distances:
        return None
    path = [target]
    while path[-1] != source:
        path.append(parents[path[-1]])
    return path[::-1]
