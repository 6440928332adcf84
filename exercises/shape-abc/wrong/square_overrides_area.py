# expect: wrong_answer
# Square defines its own area and perimeter from a `side` attribute instead
# of reusing the ones it inherits from Rectangle.
import math
from abc import ABC, abstractmethod


def _check(*dims):
    for d in dims:
        if d <= 0:
            raise ValueError("dimensions must be positive")


class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        ...

    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, radius) -> None:
        _check(radius)
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width, height) -> None:
        _check(width, height)
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side) -> None:
        super().__init__(side, side)
        self.side = side

    def area(self) -> float:
        return self.side ** 2

    def perimeter(self) -> float:
        return 4 * self.side
