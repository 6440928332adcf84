# expect: runtime_error
# Stores the bare object from __new__ before running __init__: if __init__
# fails, the half-built object (missing its attributes) is handed out later.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            instance = cls.__new__(cls, *args, **kwargs)
            cls._instances[cls] = instance
            instance.__init__(*args, **kwargs)
        return cls._instances[cls]
