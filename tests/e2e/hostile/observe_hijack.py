# Finds the judge's `observe` in its caller's globals and observes 42 before
# returning its real, wrong answer 41.
import sys


def run():
    observe = sys._getframe(1).f_globals["observe"]
    print("SENTINEL observe_hijack", flush=True)
    observe(42)
    return 41
