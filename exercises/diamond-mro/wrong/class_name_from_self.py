# expect: wrong_answer
# Writes type(self).__name__ instead of the class's own name: every level of
# the chain reports the class of the object, so a Bottom logs "Bottom" four
# times.
class Base:
    def __init__(self, *, log: list) -> None:
        log.append(type(self).__name__)

    def greet(self) -> list:
        return [type(self).__name__]


class Left(Base):
    def __init__(self, *, log: list, left, **kwargs) -> None:
        log.append(type(self).__name__)
        self.left = left
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return [type(self).__name__] + super().greet()


class Right(Base):
    def __init__(self, *, log: list, right, **kwargs) -> None:
        log.append(type(self).__name__)
        self.right = right
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return [type(self).__name__] + super().greet()


class Bottom(Left, Right):
    def __init__(self, *, log: list, **kwargs) -> None:
        log.append(type(self).__name__)
        super().__init__(log=log, **kwargs)

    def greet(self) -> list:
        return [type(self).__name__] + super().greet()
