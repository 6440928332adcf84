# Lifts the recursion limit and recurses without end.
#
# CPython 3.11 runs a Python-to-Python call without a new C frame, so plain
# recursion only fills the heap (slowly: ~0.7 s of CPU to reach 64 MiB). Each
# call here goes through a C slot (the function's __call__ method-wrapper), so
# every level is also a C frame and the 8 MiB C stack overflows within
# milliseconds: the process dies of SIGSEGV, and the judge must survive that.
import sys


def down(n):
    return down.__call__(n + 1) + 1


def run():
    sys.setrecursionlimit(10**6)
    print("SENTINEL deep_recursion", flush=True)
    return down(0)
