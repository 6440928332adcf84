# expect: wrong_answer
# Keeps the identity-based hash of object: equal points land in different
# hash buckets, so a set keeps duplicates and dict lookups miss.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Point(x={self.x!r}, y={self.y!r})"
