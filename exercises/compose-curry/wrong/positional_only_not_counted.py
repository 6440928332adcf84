# expect: runtime_error
# Counts only POSITIONAL_OR_KEYWORD parameters: positional-only ones are left
# out of the arity, so curry(sub)(10) for sub(a, b, /) raises TypeError.
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
    """Collect the required positional arguments of `func` over one or more
    calls and call `func` once all of them are there."""
    arity = sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind == inspect.Parameter.POSITIONAL_OR_KEYWORD and p.default is inspect.Parameter.empty
    )

    def collect(collected):
        def curried(*args, **kwargs):
            if kwargs:
                raise TypeError("curried functions take positional arguments only")
            if not args and arity > 0:
                raise TypeError("a curried function needs at least one argument")
            combined = collected + args
            if len(combined) > arity:
                raise TypeError(f"expected {arity} arguments, got {len(combined)}")
            if len(combined) == arity:
                return func(*combined)
            return collect(combined)

        return curried

    return collect(())
