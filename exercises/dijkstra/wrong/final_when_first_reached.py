# expect: wrong_answer
# Treats a node's distance as final the first time the node is reached and
# never lowers it, although a cheaper way to it may be found later.
import heapq
from itertools import count


def _search(graph: dict, source):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative weight")
    distances = {source: 0}
    parents = {}
    tie = count()
    heap = [(0, next(tie), source)]
    while heap:
        distance, _, node = heapq.heappop(heap)
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in distances:
                distances[neighbour] = distance + weight
                parents[neighbour] = node
                heapq.heappush(heap, (distance + weight, next(tie), neighbour))
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
