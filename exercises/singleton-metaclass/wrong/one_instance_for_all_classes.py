# expect: wrong_answer
# Keeps a single slot on the metaclass: the first class to be called wins,
# and every other class returns that same object.
class Singleton(type):
    _instance = None

    def __call__(cls, *args, **kwargs):
        if Singleton._instance is None:
            Singleton._instance = super().__call__(*args, **kwargs)
        return Singleton._instance
