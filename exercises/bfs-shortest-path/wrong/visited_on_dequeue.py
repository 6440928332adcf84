# expect: wrong_answer
# Marks a node visited only when it leaves the queue, and sets its parent every
# time it is seen before that: a later node of the same (or the next) level
# overwrites the parent, giving another path or even a longer one.
from collections import deque


def shortest_path(graph: dict, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(goal)
    parent = {start: None}
    visited = set()
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node in visited:
            continue
        visited.add(node)
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(parent[path[-1]])
            return path[::-1]
        for neighbour in graph[node]:
            if neighbour not in visited:
                parent[neighbour] = node
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
