# expect: wrong_answer
# Bottom.greet() returns a fixed list of names instead of asking super().
class Base:
    def __init__(self, *, log: list) -> None:
        log.append("Base")
        super().__init__()

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
        return ["Bottom", "Left", "Right", "Base"]
