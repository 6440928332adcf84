# expect: runtime_error
# Looks up graph[node] directly: a node that only appears as the target of
# edges has no key, and the lookup raises KeyError.
import heapq
from itertools import count


def _search(graph: dict, source):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative weight")
    distances = {source: 0}
    parents = {}
    done = set()
    tie = count()
    heap = [(0, next(tie), source)]
    while heap:
        distance, _, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbour, weight in graph[node].items():
            candidate = distance + weight
            if neighbour not in distances or candidate < distances[neighbour]:
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
