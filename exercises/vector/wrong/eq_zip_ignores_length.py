# expect: wrong_answer
# Compares the components pairwise with zip(), which stops at the shorter
# vector: Vector(1, 2) == Vector(1, 2, 0) is True.
import math


class Vector:
    __slots__ = ("_components",)

    def __init__(self, *components):
        self._components = tuple(components)

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._components))})"

    def __iter__(self):
        return iter(self._components)

    def __len__(self):
        return len(self._components)

    def __abs__(self):
        return math.hypot(*self._components)

    def __bool__(self):
        return any(self._components)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return all(a == b for a, b in zip(self, other))

    def __hash__(self):
        return hash(self._components)

    def _check_same_length(self, other):
        if len(self) != len(other):
            raise ValueError(f"vectors of different lengths: {len(self)} and {len(other)}")

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check_same_length(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check_same_length(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, scalar):
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        return Vector(*(c * scalar for c in self))

    __rmul__ = __mul__
