# expect: runtime_error
# Sums with functools.reduce and no start value: reduce() of an empty
# sequence raises TypeError instead of giving 0 for ("sum",).
from functools import reduce
from operator import add


def evaluate(expr, env=None):
    if env is None:
        env = {}
    if not isinstance(expr, (tuple, list)):
        raise ValueError(f"invalid node: {expr!r}")
    match expr:
        case ("num", int() | float() as n) if not isinstance(n, bool):
            return n
        case ("var", str() as name):
            if name not in env:
                raise NameError(f"unknown variable: {name}")
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("add", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("sub", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("mul", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("div", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("sum", *operands):
            return reduce(add, [evaluate(x, env) for x in operands])
        case _:
            raise ValueError(f"invalid node: {expr!r}")
