# Runs a shell. glibc's system() uses posix_spawn, which blocks every signal
# around its clone(CLONE_VM | CLONE_VFORK): seccomp must still be reported.
import os


def run():
    print("SENTINEL os_system", flush=True)
    os.system("true")
    return 42
