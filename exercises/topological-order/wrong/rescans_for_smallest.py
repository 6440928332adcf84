# expect: time_limit_exceeded
# Right order, but every step rescans all remaining modules for the smallest
# one whose imports are placed: O(V * (V + E)).
class CycleError(Exception):
    def __init__(self, cycle: list) -> None:
        super().__init__("import cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


def import_order(imports: dict) -> list:
    modules = set(imports)
    for imported in imports.values():
        modules.update(imported)
    remaining = sorted(modules)
    placed = set()
    order = []
    while remaining:
        for module in remaining:
            if all(dependency in placed for dependency in imports.get(module, ())):
                break
        else:
            raise CycleError(_find_cycle(imports, placed))
        remaining.remove(module)
        placed.add(module)
        order.append(module)
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
