# The daemon dance: fork, setsid in the child, fork again, and leave a
# grandchild sleeping (at most 30 s) outside the test's process group.
# seccomp traps the first fork.
import os
import time


def run():
    print("SENTINEL double_fork_setsid", flush=True)
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(30)
        os._exit(0)
    return 42
