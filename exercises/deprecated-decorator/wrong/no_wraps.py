# expect: wrong_answer
# Forgets functools.wraps on the function wrapper: it is called "wrapper",
# has no docstring, no __wrapped__ and none of the function's attributes.
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
                if type(self) is obj:
                    warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
                original_init(self, *args, **kwargs)

            own = obj.__dict__.get("__init_subclass__")

            def __init_subclass__(subclass, **kwargs):
                warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
                if own is not None:
                    own.__get__(None, subclass)(**kwargs)
                else:
                    super(obj, subclass).__init_subclass__(**kwargs)

            obj.__init__ = __init__
            obj.__init_subclass__ = classmethod(__init_subclass__)
            return obj

        def wrapper(*args, **kwargs):
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator
