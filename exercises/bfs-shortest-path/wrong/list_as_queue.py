# expect: time_limit_exceeded
# Correct answers, but the queue is a plain list and list.pop(0) shifts every
# remaining element: O(V^2) when many nodes wait in the queue at once.
def shortest_path(graph: dict, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(goal)
    parent = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
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
        component = []
        queue = [root]
        while queue:
            node = queue.pop(0)
            component.append(node)
            for neighbour in graph[node]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append(neighbour)
        components.append(sorted(component))
    return sorted(components)
