# expect: runtime_error
# Defines __eq__ but not __hash__: Python then sets __hash__ to None and the
# points become unhashable.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self) -> str:
        return f"Point(x={self.x!r}, y={self.y!r})"
