# expect: runtime_error
# Recursive depth-first search: a component shaped like a long chain goes
# far deeper than Python's recursion limit (RecursionError).
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
    seen = set()

    def visit(node, component):
        seen.add(node)
        component.append(node)
        for neighbour in graph[node]:
            if neighbour not in seen:
                visit(neighbour, component)

    components = []
    for node in graph:
        if node not in seen:
            component = []
            visit(node, component)
            components.append(sorted(component))
    return sorted(components)
