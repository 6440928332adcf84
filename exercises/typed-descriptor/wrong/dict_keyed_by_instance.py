# expect: wrong_answer
# Keeps a dict {instance: value} on the descriptor: every instance that was
# ever assigned to stays alive as long as the class does.
class Typed:
    def __init__(self, expected_type):
        self.expected_type = expected_type
        self.values = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if instance not in self.values:
            raise AttributeError(self.name)
        return self.values[instance]

    def __set__(self, instance, value):
        if not isinstance(value, self.expected_type):
            raise TypeError(f"{self.name} must be {self.expected_type.__name__}, got {type(value).__name__}")
        self.values[instance] = value
