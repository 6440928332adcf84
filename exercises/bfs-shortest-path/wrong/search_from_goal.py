# expect: wrong_answer
# Searches from the goal so that following the parents already gives the path
# in order, without reversing it: the length is right, but ties are broken
# from the wrong end.
from collections import deque


def shortest_path(graph: dict, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(goal)
    parent = {goal: None}
    queue = deque([goal])
    while queue:
        node = queue.popleft()
        if node == start:
            path = [start]
            while path[-1] != goal:
                path.append(parent[path[-1]])
            return path
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
