# Installs its own SIGSYS handler, then forks. seccomp's SECCOMP_RET_TRAP only
# sends SIGSYS: with the candidate's handler in place the fork is skipped (it
# "returns" the syscall number, no child exists) and the test goes on as if
# nothing happened. The attempt must still be reported as sandbox_violation.
import os
import signal


def run():
    signal.signal(signal.SIGSYS, lambda signum, frame: None)
    print("SENTINEL sigsys_handler", flush=True)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    print("fork returned", pid, flush=True)
    return 42
