# Floods stderr (bounded at 1 GB; the output limit is 16 KiB).
import sys


def run():
    print("SENTINEL stderr_flood", flush=True)
    for _ in range(1_000_000):
        print("x" * 1000, file=sys.stderr)
    return 42
