# expect: wrong_answer
# The __init_subclass__ hook warns and calls the next one, but forgets to
# pass **kwargs on: class keywords (class Sub(Base, tag='x')) are lost.
import functools
import warnings


class ApiDeprecationWarning(DeprecationWarning):
    pass


def deprecated(reason):
    """Mark a function or a class as deprecated.

    A function warns on every call; a class warns on every instantiation of
    the class itself and whenever a subclass of it is defined.
    """
    if not isinstance(reason, str):
        raise TypeError("deprecated() needs a reason string: use @deprecated('...')")

    def decorator(obj):
        message = f"{obj.__qualname__} is deprecated: {reason}"
        if isinstance(obj, type):
            return _deprecate_class(obj, message)

        @functools.wraps(obj)
        def wrapper(*args, **kwargs):
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator


def _deprecate_class(cls, message):
    original_init = cls.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        if type(self) is cls:  # subclasses were warned about when defined
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
        original_init(self, *args, **kwargs)

    # The class's own __init_subclass__ (a classmethod), if it defines one.
    own_init_subclass = cls.__dict__.get("__init_subclass__")

    def __init_subclass__(subclass, **kwargs):
        warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
        if own_init_subclass is not None:
            own_init_subclass.__get__(None, subclass)()
        else:
            super(cls, subclass).__init_subclass__()

    cls.__init__ = __init__
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls
