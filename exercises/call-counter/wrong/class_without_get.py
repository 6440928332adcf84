# expect: runtime_error
# A class-based decorator without __get__: the instance is not bound as a
# method, so `self` is never passed to a decorated method.
import functools


class count_calls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
