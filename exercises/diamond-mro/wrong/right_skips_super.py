# expect: wrong_answer
# Right is "the last class before Base", so it does not bother calling
# super(): the chain stops at Right and Base never runs.
class Base:
    def __init__(self, *, log: list) -> None:
        log.append("Base")

    def greet(self) -> list:
        return ["Base"]


class Left(Base):
    def __init__(self, *, log: list, left, **kwargs) -> None:
        log.append("Left")
        self.left = left
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return ["Left"] + super().greet()


class Right(Base):
    def __init__(self, *, log: list, right, **kwargs) -> None:
        log.append("Right")
        self.right = right

    def greet(self) -> list:
        return ["Right"]


class Bottom(Left, Right):
    def __init__(self, *, log: list, **kwargs) -> None:
        log.append("Bottom")
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return ["Bottom"] + super().greet()
