# expect: wrong_answer
# Matches the binary operators against module-level constants by bare name.
# In a pattern a bare name is a capture, not a comparison: `case (ADD, l, r)`
# matches every three-item node, so sub, mul and div all add.
ADD = "add"
SUB = "sub"
MUL = "mul"
DIV = "div"


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
        case (ADD, left, right):
            return evaluate(left, env) + evaluate(right, env)
        case (SUB, left, right):
            return evaluate(left, env) - evaluate(right, env)
        case (MUL, left, right):
            return evaluate(left, env) * evaluate(right, env)
        case (DIV, left, right):
            return evaluate(left, env) / evaluate(right, env)
        case ("sum", *operands):
            return sum(evaluate(operand, env) for operand in operands)
        case _:
            raise ValueError(f"invalid node: {expr!r}")
