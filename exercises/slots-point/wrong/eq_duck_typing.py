# expect: wrong_answer
# Compares any object that has x and y attributes, so a namedtuple with the
# same coordinates is taken for an equal point.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other):
        try:
            return self.x == other.x and self.y == other.y
        except AttributeError:
            return NotImplemented

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Point(x={self.x!r}, y={self.y!r})"
