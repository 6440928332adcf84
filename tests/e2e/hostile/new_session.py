# Leaves the test's process group and session (so that a kill of the group
# would miss it). setsid is not on the seccomp allowlist: EPERM.
import os


def run():
    print("SENTINEL new_session", flush=True)
    os.setsid()
    return 42
