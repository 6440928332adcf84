# expect: wrong_answer
# Union-find over the edges: a node without neighbours never appears in an
# edge, so it is left out instead of forming a component of its own.
from collections import deque


def shortest_path(graph: dict, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(goal)
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(parent[path[-1]])
            return path[::-1]
        for neighbour in graph[node]:
            if neighbour not in parent:
                parent[neighbour] = node
                queue.append(neighbour)
    return None


def connected_components(graph: dict) -> list:
    root_of = {}

    def find(node):
        root_of.setdefault(node, node)
        while root_of[node] != node:
            root_of[node] = root_of[root_of[node]]
            node = root_of[node]
        return node

    for node, neighbours in graph.items():
        for neighbour in neighbours:
            a, b = find(node), find(neighbour)
            if a != b:
                root_of[a] = b

    groups = {}
    for node in root_of:
        groups.setdefault(find(node), []).append(node)
    return sorted(sorted(group) for group in groups.values())
