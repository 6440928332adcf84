# expect: wrong_answer
# Depth-first post-order over the sorted module names: a valid load order, but
# not the one where the smallest ready module always goes first.
class CycleError(Exception):
    def __init__(self, cycle: list) -> None:
        super().__init__("import cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def import_order(imports: dict) -> list:
    modules = set(imports)
    for imported in imports.values():
        modules.update(imported)
    state = {}  # 1: on the current path, 2: placed
    order = []
    for root in sorted(modules):
        if root in state:
            continue
        state[root] = 1
        path = [root]
        stack = [iter(sorted(imports.get(root, ())))]
        while stack:
            dependency = next(stack[-1], None)
            if dependency is None:
                stack.pop()
                done = path.pop()
                state[done] = 2
                order.append(done)
            elif state.get(dependency) == 1:
                raise CycleError(path[path.index(dependency):])
            elif dependency not in state:
                state[dependency] = 1
                path.append(dependency)
                stack.append(iter(sorted(imports.get(dependency, ()))))
    return order
