# expect: wrong_answer
# Means to work on a copy of the graph, but 'remaining = graph' is the same
# dict: popping nodes from it empties the caller's graph.
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
    remaining = graph
    components = []
    while remaining:
        root, neighbours = remaining.popitem()
        component = [root]
        stack = list(neighbours)
        while stack:
            node = stack.pop()
            if node in remaining:
                component.append(node)
                stack.extend(remaining.pop(node))
        components.append(sorted(component))
    return sorted(components)
