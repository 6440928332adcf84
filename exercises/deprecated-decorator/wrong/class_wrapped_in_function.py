# expect: runtime_error
# Treats a class like any other callable: the "class" becomes a wrapper
# function, so isinstance() raises TypeError, and subclassing and class
# attributes break.
import functools
import warnings


class ApiDeprecationWarning(DeprecationWarning):
    pass


def deprecated(reason):
    if not isinstance(reason, str):
        raise TypeError("deprecated() needs a reason string")

    def decorator(obj):
        message = f"{obj.__qualname__} is deprecated: {reason}"

        @functools.wraps(obj)
        def wrapper(*args, **kwargs):
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator
