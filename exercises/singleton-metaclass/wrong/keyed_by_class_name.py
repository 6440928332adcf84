# expect: wrong_answer
# Keys the instances by the class name: two different classes that happen to
# have the same name share one instance.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        key = cls.__name__
        if key not in Singleton._instances:
            Singleton._instances[key] = super().__call__(*args, **kwargs)
        return Singleton._instances[key]
