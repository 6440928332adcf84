# expect: wrong_answer
# Runs the generator up to its yield as soon as the decorated function is
# called, not when the with statement is entered.
import functools


class _GeneratorContextManager:
    """The context manager that contextmanager() returns for one call."""

    def __init__(self, generator):
        self._generator = generator
        try:
            self._value = next(self._generator)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __enter__(self):
        return self._value

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


def contextmanager(func):
    """Turn a generator function that yields once into a context manager factory."""

    @functools.wraps(func)
    def factory(*args, **kwargs):
        return _GeneratorContextManager(func(*args, **kwargs))

    return factory
