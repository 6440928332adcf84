# Finds the _ctypes extension module next to the stdlib's other extension
# modules (listing the dir is allowed) and reads it. Landlock grants that dir
# file by file without it, so the read is refused and it cannot be loaded.
import sys


def run():
    dynload = [p for p in sys.path if p.endswith("lib-dynload")][0]
    import os
    name = [n for n in os.listdir(dynload) if n.startswith("_ctypes.")][0]
    print("SENTINEL read_ctypes_extension", flush=True)
    with open(os.path.join(dynload, name), "rb") as f:
        header = f.read(4)
    return len(header)
