# expect: wrong_answer
# Accepts any numbers.Number as a scalar: complex, Fraction and Decimal
# values are multiplied in instead of giving TypeError.
import math
import numbers


class Vector:
    __slots__ = ("_components",)

    def __init__(self, *components):
        self._components = tuple(components)

    def __len__(self):
        return len(self._components)

    def __iter__(self):
        return iter(self._components)

    def __repr__(self):
        return f"Vector({', '.join(repr(c) for c in self._components)})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("vectors must have the same dimension")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("vectors must have the same dimension")
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if not isinstance(k, numbers.Number):
            return NotImplemented
        return Vector(*(c * k for c in self))

    def __rmul__(self, k):
        return self.__mul__(k)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._components == other._components

    def __hash__(self):
        return hash(self._components)

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self._components))

    def __bool__(self):
        return any(c != 0 for c in self._components)
