# expect: rule_violation
# Keeps the recursion and lifts the recursion limit instead, which the exercise
# forbids (and which would crash the interpreter on a deep enough tree anyway).
import sys

sys.setrecursionlimit(1_000_000)


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
