# expect: wrong_answer
# Counts the levels of the tree, leaves included, so every depth is one too
# many (a single leaf gets depth 1 instead of 0).
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
            right = values.pop()
            values[-1] = item(values[-1], right)
    return values[0]


def depth(expr) -> int:
    levels = 0
    level = [expr]
    while level:
        levels += 1
        level = [child for node in level if isinstance(node, tuple) for child in node[1:]]
    return levels
