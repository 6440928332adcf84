# expect: runtime_error
# Reads instance.__dict__[name] directly: an unset attribute raises KeyError
# instead of AttributeError, and hasattr() blows up.
class Typed:
    def __init__(self, expected_type):
        self.expected_type = expected_type

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__[self.name]

    def __set__(self, instance, value):
        if not isinstance(value, self.expected_type):
            raise TypeError(f"{self.name} must be {self.expected_type.__name__}, got {type(value).__name__}")
        instance.__dict__[self.name] = value
