# expect: runtime_error
# Walks down the right-hand side with a loop but still recurses into every
# left operand: fine for trees nested on the right, RecursionError for trees
# nested on the left.
import operator

_OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def evaluate(expr) -> int:
    pending = []  # (operator, value of the left operand) along the right spine
    while isinstance(expr, tuple):
        op, left, right = expr
        if op not in _OPERATORS:
            raise ValueError(f"unknown operator: {op!r}")
        pending.append((_OPERATORS[op], evaluate(left)))
        expr = right
    value = expr
    for function, left_value in reversed(pending):
        value = function(left_value, value)
    return value


def depth(expr) -> int:
    deepest = 0
    level = 0
    while isinstance(expr, tuple):
        level += 1
        deepest = max(deepest, level + depth(expr[1]))
        expr = expr[2]
    return max(deepest, level)
