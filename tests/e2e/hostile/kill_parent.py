# Tries to kill the process that supervises this test. Inside the sandbox the
# parent is pid 1 of the sandbox's pid namespace and seccomp only lets a test
# signal itself, so the kill fails with PermissionError and nothing is lost.
import os
import signal


def run():
    print("SENTINEL kill_parent", flush=True)
    print("parent pid", os.getppid(), flush=True)
    os.kill(os.getppid(), signal.SIGKILL)
    return 42
