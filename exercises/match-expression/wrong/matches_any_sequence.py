# expect: wrong_answer
# Relies on sequence patterns alone, which also match a deque or a UserList:
# such a sequence is evaluated instead of being rejected as an invalid node.
def evaluate(expr, env=None):
    if env is None:
        env = {}
    match expr:
        case ("num", bool()):
            raise ValueError(f"invalid node: {expr!r}")
        case ("num", int() | float() as n):
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
        case ("sum", *xs):
            total = 0
            for x in xs:
                total += evaluate(x, env)
            return total
        case _:
            raise ValueError(f"invalid node: {expr!r}")
