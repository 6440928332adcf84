# expect: wrong_answer
# Stops as soon as the goal is discovered as a neighbour, which is a fine
# optimisation, but the goal is never compared with the start itself, so a
# path from a node to itself is "not found".
from collections import deque


def shortest_path(graph: dict, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(goal)
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour in graph[node]:
            if neighbour not in parent:
                parent[neighbour] = node
                if neighbour == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return path[::-1]
                queue.append(neighbour)
    return None


def connected_components(graph: dict) -> list:
    seen = set()
    components = []
    for root in graph:
        if root in seen:
            continue
        seen.add(root)
        component = [root]
        stack = [root]
        while stack:
            node = stack.pop()
            for neighbour in graph[node]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    component.append(neighbour)
                    stack.append(neighbour)
        component.sort()
        components.append(component)
    components.sort()
    return components
