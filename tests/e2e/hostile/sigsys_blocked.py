# Blocks SIGSYS, then forks. The kernel delivers a blocked seccomp SIGSYS with
# the default action, so the runner's handler never reports the call and the
# process dies "killed by SIGSYS". It must still be sandbox_violation.
import os
import signal


def run():
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGSYS})
    print("SENTINEL sigsys_blocked", flush=True)
    if os.fork() == 0:
        os._exit(0)
    return 42
