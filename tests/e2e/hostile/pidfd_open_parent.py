# Opens a pidfd on its supervisor (pid 1 of the sandbox), which could then be
# signalled or have its fds taken. The submission's seccomp filter allows
# pidfd_open for the supervisor; the test's own filter traps it.
import os


def run():
    print("SENTINEL pidfd_open_parent", flush=True)
    fd = os.pidfd_open(os.getppid())
    return fd
