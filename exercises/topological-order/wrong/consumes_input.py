# expect: wrong_answer
# Removes each placed module from the import lists it appears in, to know when
# a module is ready: the caller's lists are emptied along the way.
import heapq


class CycleError(Exception):
    def __init__(self, cycle: list) -> None:
        super().__init__("import cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def import_order(imports: dict) -> list:
    modules = set(imports)
    for imported in imports.values():
        modules.update(imported)
    imported_by = {module: [] for module in modules}
    for module, imported in imports.items():
        for dependency in imported:
            imported_by[dependency].append(module)
    ready = [module for module in modules if not imports.get(module)]
    heapq.heapify(ready)
    order = []
    while ready:
        module = heapq.heappop(ready)
        order.append(module)
        for importer in imported_by[module]:
            imports[importer].remove(module)
            if not imports[importer]:
                heapq.heappush(ready, importer)
    if len(order) < len(modules):
        placed = set(order)
        module = min(m for m in imports if m not in placed)
        position = {}
        walk = []
        while module not in position:
            position[module] = len(walk)
            walk.append(module)
            module = imports[module][0]
        raise CycleError(walk[position[module]:])
    return order
