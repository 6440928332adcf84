# expect: runtime_error
# Compares type(value) with `is not` instead of using isinstance(), so
# instances of subclasses (True for int, a Dog for Animal) are rejected.
class Typed:
    def __init__(self, expected_type):
        self.expected_type = expected_type

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if type(value) is not self.expected_type:
            raise TypeError(f"{self.name} must be {self.expected_type.__name__}, got {type(value).__name__}")
        instance.__dict__[self.name] = value
