# expect: wrong_answer
# Kahn's algorithm with a plain FIFO queue: the modules ready at the start are
# sorted, but a module that becomes ready later waits behind all of them even
# when its name is smaller.
from collections import deque


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
    ready = deque(sorted(module for module, count in waiting_for.items() if count == 0))
    order = []
    while ready:
        module = ready.popleft()
        order.append(module)
        for importer in sorted(imported_by[module]):
            waiting_for[importer] -= 1
            if waiting_for[importer] == 0:
                ready.append(importer)
    if len(order) < len(modules):
        raise CycleError(_find_cycle(imports, set(order)))
    return order


def _find_cycle(imports: dict, placed: set) -> list:
    module = min(m for m in imports if m not in placed)
    position = {}
    walk = []
    while module not in position:
        position[module] = len(walk)
        walk.append(module)
        module = next(d for d in imports[module] if d not in placed)
    return walk[position[module]:]
