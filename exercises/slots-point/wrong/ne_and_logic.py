# expect: wrong_answer
# Defines __ne__ with `and`: two points that differ in only one coordinate
# are reported as not unequal.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __ne__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x != other.x and self.y != other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Point(x={self.x!r}, y={self.y!r})"
