# Lifts the recursion limit and recurses until the C stack runs out.
import sys


def down(n):
    return down(n + 1) + 1


def run():
    sys.setrecursionlimit(10**6)
    print("SENTINEL deep_recursion", flush=True)
    return down(0)
