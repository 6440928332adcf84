# expect: runtime_error
# Looks the variable up with env[name] and lets the KeyError out instead of
# raising NameError.
def evaluate(expr, env=None):
    if env is None:
        env = {}
    match expr:
        case ("num", int() | float() as value) if not isinstance(value, bool):
            return value
        case ("var", str() as name):
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
