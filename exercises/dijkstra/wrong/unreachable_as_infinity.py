# expect: wrong_answer
# Starts every key of the graph at math.inf and returns them all, so unreachable
# nodes appear in the result with an infinite distance.
import heapq
import math
from itertools import count


def _search(graph: dict, source):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative weight")
    distances = {node: math.inf for node in graph}
    distances[source] = 0
    parents = {}
    done = set()
    tie = count()
    heap = [(0, next(tie), source)]
    while heap:
        distance, _, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            candidate = distance + weight
            if candidate < distances.get(neighbour, math.inf):
                distances[neighbour] = candidate
                parents[neighbour] = node
                heapq.heappush(heap, (candidate, next(tie), neighbour))
    return distances, parents


def dijkstra(graph: dict, source) -> dict:
    return _search(graph, source)[0]


def shortest_path(graph: dict, source, target):
    distances, parents = _search(graph, source)
    if distances.get(target, math.inf) == math.inf:
        return None
    path = [target]
    while path[-1] != source:
        path.append(parents[path[-1]])
    return path[::-1]
