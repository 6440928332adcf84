# expect: runtime_error
# On an exception in the body it just resumes the generator with next(), as
# on a normal exit: the generator never sees the exception, so it can
# neither handle nor suppress it.
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

        try:
            next(self._generator)
        except StopIteration:
            return False
        raise RuntimeError("generator didn't stop")


def contextmanager(func):
    """Turn a generator function that yields once into a context manager factory."""

    @functools.wraps(func)
    def factory(*args, **kwargs):
        return _GeneratorContextManager(func(*args, **kwargs))

    return factory
