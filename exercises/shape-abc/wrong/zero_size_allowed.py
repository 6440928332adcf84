# expect: wrong_answer
# Checks `< 0` instead of `<= 0`, so a circle of radius 0 or a flat
# rectangle is accepted.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return (
            f"{type(self).__name__} with area {self.area():.2f}"
            f" and perimeter {self.perimeter():.2f}"
        )


class Circle(Shape):
    def __init__(self, radius) -> None:
        if radius < 0:
            raise ValueError("radius must not be negative")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width, height) -> None:
        if width < 0 or height < 0:
            raise ValueError("sides must not be negative")
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side) -> None:
        super().__init__(side, side)
