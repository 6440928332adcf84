# expect: wrong_answer
# compose() returns an identity that accepts any arguments and returns the
# first one, instead of taking exactly one argument.
import inspect


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError(f"{f!r} is not callable")
    if not funcs:
        def identity(*args, **kwargs):
            return args[0]
        return identity
    funcs = tuple(funcs)

    def composed(*args, **kwargs):
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result
    return composed


def curry(func):
    sig = inspect.signature(func)
    n = sum(
        1 for p in sig.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        and p.default is p.empty
    )

    def make(collected):
        def curried(*args, **kwargs):
            if kwargs:
                raise TypeError("keyword arguments are not allowed")
            if not args:
                if n == 0 and not collected:
                    return func()
                raise TypeError("no arguments")
            total = collected + args
            if len(total) > n:
                raise TypeError("too many arguments")
            if len(total) == n:
                return func(*total)
            return make(total)
        return curried
    return make(())
