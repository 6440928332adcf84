# Moves itself into another process group (pid 1's, the supervisor's), so that
# the supervisor's kill of the test's group would miss it. setpgid is not on
# the seccomp allowlist: EPERM.
import os


def run():
    print("SENTINEL new_process_group", flush=True)
    os.setpgid(0, 1)
    return 42
