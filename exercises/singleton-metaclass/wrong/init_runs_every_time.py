# expect: wrong_answer
# Creates (and initialises) a new object on every call and then throws it
# away in favour of the stored one: identity holds, but __init__ runs each time.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        if cls not in cls._instances:
            cls._instances[cls] = instance
        return cls._instances[cls]
