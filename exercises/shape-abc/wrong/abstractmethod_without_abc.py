# expect: wrong_answer
# Uses @abstractmethod but forgets to derive Shape from ABC: without the
# ABCMeta metaclass the decorator does nothing, so Shape() and incomplete
# subclasses can be instantiated.
import math
from abc import abstractmethod


class Shape:
    @abstractmethod
    def area(self) -> float:
        raise NotImplementedError

    @abstractmethod
    def perimeter(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return (
            f"{type(self).__name__} with area {self.area():.2f}"
            f" and perimeter {self.perimeter():.2f}"
        )


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
