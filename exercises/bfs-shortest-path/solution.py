from collections import deque


def shortest_path(graph: dict, start, goal) -> list | None:
    """Return the path from start to goal with the fewest edges, or None."""
    if start not in graph or goal not in graph:
        raise KeyError(start if start not in graph else goal)
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(parent[path[-1]])
            path.reverse()
            return path
        for neighbour in graph[node]:
            if neighbour not in parent:
                parent[neighbour] = node
                queue.append(neighbour)
    return None


def connected_components(graph: dict) -> list:
    """Return the connected components, each sorted, ordered by smallest node."""
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
    components.sort(key=lambda component: component[0])
    return components
