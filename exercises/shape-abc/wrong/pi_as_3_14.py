# expect: wrong_answer
# Uses 3.14 for pi instead of math.pi: areas and perimeters of circles are
# off (a unit circle still happens to describe itself correctly).
PI = 3.14
from abc import ABC, abstractmethod


def _check_positive(name: str, value) -> None:
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value!r}")


class Shape(ABC):
    """A plane shape; subclasses supply area() and perimeter()."""

    @abstractmethod
    def area(self) -> float:
        """Return the area of the shape."""

    @abstractmethod
    def perimeter(self) -> float:
        """Return the length of the boundary of the shape."""

    def describe(self) -> str:
        return (
            f"{type(self).__name__} with area {self.area():.2f}"
            f" and perimeter {self.perimeter():.2f}"
        )


class Circle(Shape):
    def __init__(self, radius) -> None:
        _check_positive("radius", radius)
        self.radius = radius

    def area(self) -> float:
        return PI * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * PI * self.radius


class Rectangle(Shape):
    def __init__(self, width, height) -> None:
        _check_positive("width", width)
        _check_positive("height", height)
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side) -> None:
        super().__init__(side, side)
