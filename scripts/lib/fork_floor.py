"""The floor for a per-test cost: fork + _exit + waitpid of a python3 that has
imported nothing. Run as `/usr/bin/python3 -I -S fork_floor.py N`; prints the
mean seconds per fork. Uses only modules loaded at start-up (posix, time)."""
import posix
import sys
import time


def main():
    n = int(sys.argv[1])
    start = time.perf_counter()
    for _ in range(n):
        pid = posix.fork()
        if pid == 0:
            posix._exit(0)
        posix.waitpid(pid, 0)
    print((time.perf_counter() - start) / n)


main()
