# expect: wrong_answer
# Marks every method of the base class abstract, describe() included, and
# repeats describe() in each shape. Shape now has three abstract methods,
# and a third-party subclass that implements only area() and perimeter()
# cannot be instantiated.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    @abstractmethod
    def describe(self) -> str: ...


class Circle(Shape):
    def __init__(self, radius) -> None:
        if radius <= 0:
            raise ValueError("radius must be positive")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius

    def describe(self) -> str:
        return f"Circle with area {self.area():.2f} and perimeter {self.perimeter():.2f}"


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

    def describe(self) -> str:
        name = type(self).__name__
        return f"{name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"


class Square(Rectangle):
    def __init__(self, side) -> None:
        super().__init__(side, side)
