# expect: wrong_answer
# Rounds with round(x, 2) instead of formatting with :.2f, so whole numbers
# print as "9" or "6.0" instead of "9.00" and "6.00".
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        area = round(self.area(), 2)
        perimeter = round(self.perimeter(), 2)
        return f"{type(self).__name__} with area {area} and perimeter {perimeter}"


class Circle(Shape):
    def __init__(self, radius) -> None:
        if radius <= 0:
            raise ValueError("radius must be positive")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width, height) -> None:
        if width <= 0 or height <= 0:
            raise ValueError("sides must be positive")
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side) -> None:
        super().__init__(side, side)
