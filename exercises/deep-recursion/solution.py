import operator

_OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def evaluate(expr) -> int:
    """Evaluate an expression tree with an explicit stack instead of recursion.

    The stack holds work still to do: an expression to evaluate, or an
    operator function to apply to the top two values once both operands are done.
    """
    values = []
    stack = [expr]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            op, left, right = item
            if op not in _OPERATORS:
                raise ValueError(f"unknown operator: {op!r}")
            stack += (_OPERATORS[op], right, left)  # left is popped first
        elif isinstance(item, int):
            values.append(item)
        else:
            right = values.pop()
            values[-1] = item(values[-1], right)
    return values[0]


def depth(expr) -> int:
    """Number of operators on the longest root-to-leaf path, counted level by level."""
    levels = -1
    level = [expr]
    while level:
        levels += 1
        level = [child for node in level if isinstance(node, tuple) for child in node[1:]]
    return levels
