# expect: wrong_answer
# Keys the instances by __qualname__: classes made by the same factory
# function, or a class and one created by calling the metaclass with the same
# name, share one instance.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        key = cls.__qualname__
        if key not in Singleton._instances:
            Singleton._instances[key] = super().__call__(*args, **kwargs)
        return Singleton._instances[key]
