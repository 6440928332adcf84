# expect: runtime_error
# Pushes (distance, node) pairs: when two distances are equal the heap compares
# the nodes themselves, and 2 < 'a' raises TypeError.
import heapq


def _search(graph: dict, source):
    for edges in graph.values():
        for weight in edges.values():
            if weight < 0:
                raise ValueError("negative weight")
    distances = {source: 0}
    parents = {}
    done = set()
    heap = [(0, source)]
    while heap:
        distance, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbour, weight in graph.get(node, {}).items():
            candidate = distance + weight
            if neighbour not in distances or candidate < distances[neighbour]:
                distances[neighbour] = candidate
                parents[neighbour] = node
                heapq.heappush(heap, (candidate, neighbour))
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
