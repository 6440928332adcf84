# expect: runtime_error
# The natural recursive code: correct on shallow trees, but a tree 100 000
# levels deep exceeds the recursion limit (RecursionError).
def evaluate(expr) -> int:
    if isinstance(expr, int):
        return expr
    op, left, right = expr
    a, b = evaluate(left), evaluate(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    raise ValueError(f"unknown operator: {op!r}")


def depth(expr) -> int:
    if isinstance(expr, int):
        return 0
    return 1 + max(depth(expr[1]), depth(expr[2]))
