# expect: wrong_answer
# Evaluates the right operand of a binary node before the left one, so of two
# bad operands the error of the right one is raised.
def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


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
            rhs = evaluate(b, env)
            return evaluate(a, env) + rhs
        case ["sub", a, b]:
            rhs = evaluate(b, env)
            return evaluate(a, env) - rhs
        case ["mul", a, b]:
            rhs = evaluate(b, env)
            return evaluate(a, env) * rhs
        case ["div", a, b]:
            rhs = evaluate(b, env)
            return evaluate(a, env) / rhs
        case ["sum", *xs]:
            total = 0
            for x in xs:
                total += evaluate(x, env)
            return total
        case _:
            raise ValueError(f"invalid node: {expr!r}")
