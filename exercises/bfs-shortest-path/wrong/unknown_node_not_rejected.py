# expect: wrong_answer
# Never checks that start and goal are nodes of the graph: an unknown goal is
# reported as unreachable (None) instead of raising KeyError.
from collections import deque


def shortest_path(graph: dict, start, goal):
    if start == goal:
        return [start]
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
