# expect: wrong_answer
# Warns on the first call only (a flag in the closure), the way the default
# warning filter would show it; the spec asks for a warning on every call.
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
            warned = False

            @functools.wraps(original_init)
            def __init__(self, *args, **kwargs):
                nonlocal warned
                if type(self) is obj and not warned:
                    warned = True
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

        warned = False

        @functools.wraps(obj)
        def wrapper(*args, **kwargs):
            nonlocal warned
            if not warned:
                warned = True
                warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator
