# expect: wrong_answer
# Right calls Base.__init__ and Base.greet by name, skipping any class that
# comes between Right and Base in the object's MRO.
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
        Base.__init__(self, log=log, **kwargs)

    def greet(self) -> list:
        return ["Right"] + Base.greet(self)


class Bottom(Left, Right):
    def __init__(self, *, log: list, **kwargs) -> None:
        log.append("Bottom")
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return ["Bottom"] + super().greet()
