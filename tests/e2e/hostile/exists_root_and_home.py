# Checks whether the host's home dirs exist (os.path.exists never raises).
import os


def run():
    print("SENTINEL exists_root_and_home", flush=True)
    return 42 if os.path.exists("/root") or os.path.exists("/home") else 0
