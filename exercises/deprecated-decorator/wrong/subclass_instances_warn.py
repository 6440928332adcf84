# expect: wrong_answer
# Wraps __init__ without checking type(self), and never hooks
# __init_subclass__: instances of subclasses warn (when their __init__
# reaches the deprecated one), while defining a subclass does not.
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
            original_init = obj.__init__

            @functools.wraps(original_init)
            def __init__(self, *args, **kwargs):
                warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
                original_init(self, *args, **kwargs)

            obj.__init__ = __init__
            return obj

        @functools.wraps(obj)
        def wrapper(*args, **kwargs):
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator
