# expect: wrong_answer
# Breadth-first search: finds the path with the fewest edges and adds up its
# weights, but a path with more edges can be lighter.
from collections import deque


def _search(graph: dict, source):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative weight")
    distances = {source: 0}
    parents = {}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in distances:
                distances[neighbour] = distances[node] + weight
                parents[neighbour] = node
                queue.append(neighbour)
    return distances, parents


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
