# expect: runtime_error
# Rebuilds the path without first checking that the target was reached: for an
# unreachable target, parents[target] raises KeyError instead of returning None.
import heapq
from itertools import count


def _check_weights(graph: dict) -> None:
    for source, edges in graph.items():
        for target, weight in edges.items():
            if weight < 0:
                raise ValueError(f"negative weight {weight} on edge {source!r} -> {target!r}")


def _search(graph: dict, source):
    """Dijkstra with a binary heap: (distances, parents) of the nodes reachable from source."""
    _check_weights(graph)
    distances = {source: 0}
    parents = {}
    done = set()
    tie = count()  # nodes need not be comparable: never let the heap compare them
    heap = [(0, next(tie), source)]
    while heap:
        distance, _, node = heapq.heappop(heap)
        if node in done:
            continue  # a stale entry: the node was finished with a smaller distance
        done.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            candidate = distance + weight
            if neighbour not in distances or candidate < distances[neighbour]:
                distances[neighbour] = candidate
                parents[neighbour] = node
                heapq.heappush(heap, (candidate, next(tie), neighbour))
    return distances, parents


def dijkstra(graph: dict, source) -> dict:
    return _search(graph, source)[0]


def shortest_path(graph: dict, source, target):
    _, parents = _search(graph, source)
    path = [target]
    while path[-1] != source:
        path.append(parents[path[-1]])
    return path[::-1]
