# expect: wrong_answer
# Kahn's algorithm without the final check: on a cycle it silently returns the
# modules it managed to place instead of raising CycleError.
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
    return order


