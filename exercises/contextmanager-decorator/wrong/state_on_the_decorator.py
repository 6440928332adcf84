# expect: wrong_answer
# Implements the decorator as one object that stores the current generator on
# itself: nesting two uses of the same decorated function makes the inner one
# overwrite the outer one's generator.
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


class contextmanager(_GeneratorContextManager):
    """Turn a generator function that yields once into a context manager factory."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self._func = func

    def __call__(self, *args, **kwargs):
        self._generator = self._func(*args, **kwargs)
        return self
