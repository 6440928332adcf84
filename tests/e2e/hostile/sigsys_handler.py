# Tries to install its own SIGSYS handler so that seccomp's traps (which only
# send SIGSYS) would go unreported: a trapped fork would just "return". seccomp
# refuses rt_sigaction for SIGSYS, so the handler cannot be installed.
import os
import signal


def run():
    print("SENTINEL sigsys_handler", flush=True)
    signal.signal(signal.SIGSYS, lambda signum, frame: None)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    print("fork returned", pid, flush=True)
    return 42
