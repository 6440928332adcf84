# expect: wrong_answer
# Accepts any numbers.Number as a num value, so complex, Fraction and Decimal
# values are returned instead of being rejected.
import numbers


def _is_number(x):
    return isinstance(x, numbers.Number) and not isinstance(x, bool)


def evaluate(expr, env=None):
    if env is None:
        env = {}
    if not isinstance(expr, (tuple, list)):
        raise ValueError(f"invalid node: {expr!r}")
    match list(expr):
        case ["num", n] if _is_number(n):
            return n
        case ["var", str(name)]:
            if name not in env:
                raise NameError(f"unknown variable: {name}")
            return env[name]
        case ["neg", x]:
            return -evaluate(x, env)
        case ["add", a, b]:
            return evaluate(a, env) + evaluate(b, env)
        case ["sub", a, b]:
            return evaluate(a, env) - evaluate(b, env)
        case ["mul", a, b]:
            return evaluate(a, env) * evaluate(b, env)
        case ["div", a, b]:
            return evaluate(a, env) / evaluate(b, env)
        case ["sum", *xs]:
            total = 0
            for x in xs:
                total += evaluate(x, env)
            return total
        case _:
            raise ValueError(f"invalid node: {expr!r}")
