# expect: wrong_answer
# Creates the instance once but calls __init__ on it at every call, so each
# call re-initialises the shared object with the new arguments.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = cls.__new__(cls)
        instance = Singleton._instances[cls]
        instance.__init__(*args, **kwargs)
        return instance
