# expect: runtime_error
# Uses super() everywhere, but Left assumes its next class is Base and
# forwards only `log`: in a Bottom the next class is Right, which never
# receives `right` and raises TypeError.
class Base:
    def __init__(self, *, log: list) -> None:
        log.append("Base")

    def greet(self) -> list:
        return ["Base"]


class Left(Base):
    def __init__(self, *, log: list, left, **kwargs) -> None:
        log.append("Left")
        self.left = left
        super().__init__(log=log)

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
