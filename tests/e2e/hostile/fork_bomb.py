# A fork bomb, bounded: at most 50 forks in this process, children exit at once.
# seccomp traps the first fork (clone without CLONE_THREAD).
import os


def run():
    print("SENTINEL fork_bomb", flush=True)
    for _ in range(50):
        if os.fork() == 0:
            os._exit(0)
    return 42
