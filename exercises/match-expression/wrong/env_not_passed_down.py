# expect: runtime_error
# Recursive calls forget to pass env along, so a variable anywhere below the
# root is "unknown".
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
            return -evaluate(operand)
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("sub", left, right):
            return evaluate(left) - evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("div", left, right):
            return evaluate(left) / evaluate(right)
        case ("sum", *operands):
            return sum(evaluate(operand) for operand in operands)
        case _:
            raise ValueError(f"invalid node: {expr!r}")
