# expect: runtime_error
# Collects arguments into one list shared by every partial application, so
# reusing an intermediate function mixes up the branches: here the second
# branch completes too early and its "curried function" is a plain result.
import inspect

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def compose(*funcs):
    """compose(f, g, h)(*args, **kwargs) == f(g(h(*args, **kwargs)))."""
    for func in funcs:
        if not callable(func):
            raise TypeError(f"compose() arguments must be callable, got {func!r}")
    if not funcs:
        return lambda value: value
    *outer, innermost = funcs

    def composed(*args, **kwargs):
        result = innermost(*args, **kwargs)
        for func in reversed(outer):
            result = func(result)
        return result

    return composed


def curry(func):
    arity = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in _POSITIONAL and p.default is inspect.Parameter.empty
    )
    collected = []

    def curried(*args, **kwargs):
        if kwargs:
            raise TypeError("curried functions take positional arguments only")
        if not args and arity > 0:
            raise TypeError("a curried function needs at least one argument")
        if len(collected) + len(args) > arity:
            raise TypeError("too many arguments")
        collected.extend(args)
        if len(collected) == arity:
            return func(*collected)
        return curried

    return curried
