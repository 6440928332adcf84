# expect: wrong_answer
# 'distances.get(node) or math.inf' takes a distance of 0 for "not reached yet",
# so a node at distance 0 can be overwritten by a longer way to it.
import heapq
import math
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
        if distance > distances[node]:
            continue
        for neighbour, weight in graph.get(node, {}).items():
            candidate = distance + weight
            if candidate < (distances.get(neighbour) or math.inf):
                distances[neighbour] = candidate
                parents[neighbour] = node
                heapq.heappush(heap, (candidate, next(tie), neighbour))
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
