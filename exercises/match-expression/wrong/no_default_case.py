# expect: runtime_error
# No `case _:` at the end: when nothing matches, the match statement simply
# does nothing and the function returns None instead of raising; the None then
# crashes the arithmetic of the node above.
def evaluate(expr, env=None):
    if env is None:
        env = {}
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
