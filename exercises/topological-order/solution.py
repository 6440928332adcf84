import heapq


class CycleError(Exception):
    """Raised by import_order when the imports contain a cycle."""

    def __init__(self, cycle: list) -> None:
        super().__init__("import cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def import_order(imports: dict) -> list:
    """Order modules so that each comes after everything it imports.

    Among the modules that are ready, the smallest name goes first.
    """
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
    """Walk from an unplaced module along unplaced imports until a module repeats.

    Every unplaced module still waits for some unplaced import, so the walk
    never gets stuck and must eventually close a cycle.
    """
    module = min(m for m in imports if m not in placed)
    position = {}
    walk = []
    while module not in position:
        position[module] = len(walk)
        walk.append(module)
        module = next(d for d in imports[module] if d not in placed)
    return walk[position[module]:]
