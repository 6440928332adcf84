# expect: runtime_error
# Installs its own __init_subclass__ that goes straight to the parent's,
# so a deprecated class's own __init_subclass__ never runs again and the
# class keywords meant for it reach object.__init_subclass__ (TypeError).
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

            def __init_subclass__(subclass, **kwargs):
                warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
                super(obj, subclass).__init_subclass__(**kwargs)

            obj.__init__ = __init__
            obj.__init_subclass__ = classmethod(__init_subclass__)
            return obj

        @functools.wraps(obj)
        def wrapper(*args, **kwargs):
            warnings.warn(message, ApiDeprecationWarning, stacklevel=2)
            return obj(*args, **kwargs)

        return wrapper

    return decorator
