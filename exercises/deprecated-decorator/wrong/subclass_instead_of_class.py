# expect: wrong_answer
# Returns a new subclass that warns in __init__ and copies the name over:
# it looks like the class, but it is another class object with an extra
# entry in the MRO, and every subclass instance warns.
import functools
import warnings


class ApiDeprecationWarning(DeprecationWarning):
    pass


def deprecated(reason):
    if not isinstance(reason, str):
        raise TypeError("deprecated() needs a reason string")

    def decorator(obj):
        message = f"{obj.__qualname__} is deprecated: {reason}"
        if isinstance(obj, type):

            class Deprecated(obj):
                def __init__(self, *args, **kwargs):
                    warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
                    super().__init__(*args, **kwargs)

            Deprecated.__name__ = obj.__name__
            Deprecated.__qualname__ = obj.__qualname__
            Deprecated.__doc__ = obj.__doc__
            Deprecated.__module__ = obj.__module__
            return Deprecated

        @functools.wraps(obj)
        def wrapper(*args, **kwargs):
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator
