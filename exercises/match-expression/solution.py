def evaluate(expr, env=None):
    """Evaluate an expression tree of ("num", n), ("var", name), ("neg", x),
    ("add"|"sub"|"mul"|"div", a, b) and ("sum", *xs) nodes."""
    if env is None:
        env = {}
    if not isinstance(expr, (tuple, list)):
        # Sequence patterns would also match a deque or a UserList.
        raise ValueError(f"invalid node: {expr!r}")
    match expr:
        case ("num", int() | float() as value) if not isinstance(value, bool):
            return value
        case ("var", str() as name):
            if name not in env:
                raise NameError(f"unknown variable: {name}")
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("add", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("sub", left, right):
            return evaluate(left, env) - evaluate(right, env)
        case ("mul", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("div", left, right):
            return evaluate(left, env) / evaluate(right, env)
        case ("sum", *operands):
            return sum(evaluate(operand, env) for operand in operands)
        case _:
            raise ValueError(f"invalid node: {expr!r}")
