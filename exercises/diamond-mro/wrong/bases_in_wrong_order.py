# expect: wrong_answer
# Lists the bases as (Right, Left): the MRO, and with it the order of every
# cooperative call, becomes Bottom, Right, Left, Base.
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


class Bottom(Right, Left):
    def __init__(self, *, log: list, **kwargs) -> None:
        log.append("Bottom")
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return ["Bottom"] + super().greet()
