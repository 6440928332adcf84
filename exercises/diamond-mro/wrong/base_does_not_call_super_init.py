# expect: wrong_answer
# Base.__init__ does not call super().__init__(), so a class after Base in
# the MRO is never initialised.
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
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return ["Right"] + super().greet()


class Bottom(Left, Right):
    def __init__(self, *, log: list, **kwargs) -> None:
        log.append("Bottom")
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return ["Bottom"] + super().greet()
