# expect: wrong_answer
# Keeps the values in a WeakKeyDictionary on the descriptor: no strong
# references to instances, but the values are not in instance.__dict__.
import weakref


class Typed:
    def __init__(self, expected_type):
        self.expected_type = expected_type
        self.name = None
        self._values = weakref.WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return self._values[instance]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if not isinstance(value, self.expected_type):
            raise TypeError(
                f"{self.name} must be {self.expected_type.__name__}, got {type(value).__name__}"
            )
        self._values[instance] = value
