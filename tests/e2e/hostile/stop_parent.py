# Tries to stop (SIGSTOP) the supervising process, which would hang the judge
# if it worked; the wall-clock limit and seccomp must both hold.
import os
import signal


def run():
    print("SENTINEL stop_parent", flush=True)
    os.kill(os.getppid(), signal.SIGSTOP)
    return 42
