# expect: wrong_answer
# Checks for negative weights only on the edges the search actually follows,
# so a negative edge that cannot be reached from the source goes unnoticed.
import heapq
from itertools import count


def _search(graph: dict, source):
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
        for neighbour, weight in graph.get(node, {}).items():
            if weight < 0:
                raise ValueError("negative weight")
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
