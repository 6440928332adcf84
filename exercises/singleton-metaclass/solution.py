class Singleton(type):
    """Metaclass: every class that uses it has exactly one instance."""

    _instances = {}  # class -> its instance; keyed by class, so subclasses get their own

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            # type.__call__ runs __new__ and __init__; if it raises, nothing is stored.
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]
