# expect: wrong_answer
# Iterative, but takes the operands off the value stack in the wrong order:
# the top of the stack is the *right* operand, so "-" computes right - left.
import operator

_OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def evaluate(expr) -> int:
    values = []
    stack = [expr]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            op, left, right = item
            if op not in _OPERATORS:
                raise ValueError(f"unknown operator: {op!r}")
            stack += (_OPERATORS[op], right, left)
        elif isinstance(item, int):
            values.append(item)
        else:
            left = values.pop()
            right = values.pop()
            values.append(item(left, right))
    return values[0]


def depth(expr) -> int:
    levels = -1
    level = [expr]
    while level:
        levels += 1
        level = [child for node in level if isinstance(node, tuple) for child in node[1:]]
    return levels
