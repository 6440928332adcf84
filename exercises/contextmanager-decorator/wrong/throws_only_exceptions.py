# expect: runtime_error
# Throws only Exception subclasses into the generator and lets any other
# BaseException pass by, so a generator cannot clean up after or suppress a
# KeyboardInterrupt-like exception.
import functools


class _GeneratorContextManager:
    """The context manager that contextmanager() returns for one call."""

    def __init__(self, generator):
        self._generator = generator

    def __enter__(self):
        try:
            return next(self._generator)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is None:
            try:
                next(self._generator)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if not issubclass(exc_type, Exception):
            return False
        if exc is None:  # __exit__ called by hand with only a type
            exc = exc_type()
        try:
            self._generator.throw(exc)
        except StopIteration:
            return True  # the generator caught the exception and finished
        except BaseException as error:
            if error is exc:
                return False  # the same exception: let the with statement re-raise it
            raise  # a new exception replaces the original one
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turn a generator function that yields once into a context manager factory."""

    @functools.wraps(func)
    def factory(*args, **kwargs):
        return _GeneratorContextManager(func(*args, **kwargs))

    return factory
