# expect: wrong_answer
# Iterative, but depth() adds one for every operator it meets, which is the
# size of the tree, not the length of its longest path.
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
    count = 0
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            count += 1
            stack.append(node[1])
            stack.append(node[2])
    return count
