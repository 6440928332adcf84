# expect: wrong_answer
# Validates the whole tree before computing anything, so an invalid node on
# the right wins over a NameError or ZeroDivisionError met earlier on the left.
def _valid(node):
    if not isinstance(node, (tuple, list)) or not node:
        return False
    match list(node):
        case ["num", n]:
            return isinstance(n, (int, float)) and not isinstance(n, bool)
        case ["var", name]:
            return isinstance(name, str)
        case ["neg", x]:
            return True
        case ["add" | "sub" | "mul" | "div", a, b]:
            return True
        case ["sum", *xs]:
            return True
    return False


def _check(node):
    if not _valid(node):
        raise ValueError(f"invalid node: {node!r}")
    for child in list(node)[1:]:
        if node[0] not in ("num", "var"):
            _check(child)


def _eval(node, env):
    match list(node):
        case ["num", n]:
            return n
        case ["var", name]:
            if name not in env:
                raise NameError(f"unknown variable: {name}")
            return env[name]
        case ["neg", x]:
            return -_eval(x, env)
        case ["add", a, b]:
            return _eval(a, env) + _eval(b, env)
        case ["sub", a, b]:
            return _eval(a, env) - _eval(b, env)
        case ["mul", a, b]:
            return _eval(a, env) * _eval(b, env)
        case ["div", a, b]:
            return _eval(a, env) / _eval(b, env)
        case ["sum", *xs]:
            return sum(_eval(x, env) for x in xs)


def evaluate(expr, env=None):
    _check(expr)
    return _eval(expr, {} if env is None else env)
