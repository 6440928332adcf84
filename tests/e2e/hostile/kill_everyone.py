# kill(-1, SIGKILL): every process the caller may signal. seccomp lets a test
# signal only its own pid and process group, so this fails with EPERM.
import os
import signal


def run():
    print("SENTINEL kill_everyone", flush=True)
    os.kill(-1, signal.SIGKILL)
    return 42
