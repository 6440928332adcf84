# expect: wrong_answer
# Handles "+" and "-" and treats every other operator as "*", so an unknown
# operator never raises ValueError.
def evaluate(expr) -> int:
    values = []
    stack = [expr]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            stack += (item[0], item[2], item[1])
        elif isinstance(item, int):
            values.append(item)
        else:
            right = values.pop()
            left = values.pop()
            if item == "+":
                values.append(left + right)
            elif item == "-":
                values.append(left - right)
            else:
                values.append(left * right)
    return values[0]


def depth(expr) -> int:
    deepest = 0
    stack = [(expr, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, tuple):
            stack.append((node[1], level + 1))
            stack.append((node[2], level + 1))
        else:
            deepest = max(deepest, level)
    return deepest
