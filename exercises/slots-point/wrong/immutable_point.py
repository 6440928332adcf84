# expect: runtime_error
# Makes the point immutable with a __setattr__ that always raises, although
# the coordinates must stay reassignable.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y) -> None:
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"'Point' object has no attribute {name!r}")

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Point(x={self.x!r}, y={self.y!r})"
