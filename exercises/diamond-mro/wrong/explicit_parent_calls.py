# expect: wrong_answer
# Calls the parent classes by name instead of using super(). Bottom runs
# Left and Right explicitly, and each of them runs Base, so Base runs twice
# (and anything inserted between Left and Base is skipped).
class Base:
    def __init__(self, *, log: list) -> None:
        log.append("Base")

    def greet(self) -> list:
        return ["Base"]


class Left(Base):
    def __init__(self, *, log: list, left, **kwargs) -> None:
        log.append("Left")
        self.left = left
        Base.__init__(self, log=log)

    def greet(self) -> list:
        return ["Left"] + Base.greet(self)


class Right(Base):
    def __init__(self, *, log: list, right, **kwargs) -> None:
        log.append("Right")
        self.right = right
        Base.__init__(self, log=log)

    def greet(self) -> list:
        return ["Right"] + Base.greet(self)


class Bottom(Left, Right):
    def __init__(self, *, log: list, left, right) -> None:
        log.append("Bottom")
        Left.__init__(self, log=log, left=left)
        Right.__init__(self, log=log, right=right)

    def greet(self) -> list:
        return ["Bottom"] + Left.greet(self) + Right.greet(self)
