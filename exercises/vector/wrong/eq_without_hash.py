# expect: runtime_error
# Defines __eq__ but not __hash__: Python sets __hash__ to None, so vectors
# cannot be put in a set or used as dict keys.
import math


class Vector:
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
        return self._components == other._components

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("different lengths")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("different lengths")
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, scalar):
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        return Vector(*(c * scalar for c in self))

    __rmul__ = __mul__
