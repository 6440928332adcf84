# expect: runtime_error
# Looks for the cycle with a recursive depth-first search: a long cycle goes
# deeper than Python's recursion limit (RecursionError).
import heapq


class CycleError(Exception):
    def __init__(self, cycle: list) -> None:
        super().__init__("import cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def import_order(imports: dict) -> list:
    modules = set(imports)
    for imported in imports.values():
        modules.update(imported)
    waiting_for = {module: len(imports.get(module, ())) for module in modules}
    imported_by = {module: [] for module in modules}
    for module, imported in imports.items():
        for dependency in imported:
            imported_by[dependency].append(module)
    ready = [module for module, count in waiting_for.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        module = heapq.heappop(ready)
        order.append(module)
        for importer in imported_by[module]:
            waiting_for[importer] -= 1
            if waiting_for[importer] == 0:
                heapq.heappush(ready, importer)
    if len(order) < len(modules):
        raise CycleError(_find_cycle(imports, set(order)))
    return order


def _find_cycle(imports: dict, placed: set) -> list:
    path = []
    on_path = set()

    def visit(module):
        path.append(module)
        on_path.add(module)
        for dependency in imports.get(module, ()):
            if dependency in placed:
                continue
            if dependency in on_path:
                return path[path.index(dependency):]
            found = visit(dependency)
            if found:
                return found
        path.pop()
        on_path.discard(module)
        return None

    return visit(min(m for m in imports if m not in placed))
