# Looks up /proc/1 (the sandbox's init, the supervisor) without opening it.
import os


def run():
    print("SENTINEL proc_1", flush=True)
    os.stat("/proc/1")
    return 42
