# expect: runtime_error
# __call__ forwards only positional arguments; keyword arguments raise
# TypeError.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
