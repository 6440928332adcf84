# Takes the import gate out of sys.meta_path, then imports ctypes and reads raw
# memory with it (the first 8 bytes of the int object 42). With ctypes a
# candidate can read any byte of its process, the result seal key included.
import sys


def run():
    sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "_ImportGate"]
    print("SENTINEL import_gate_meta_path", flush=True)
    import ctypes
    print(ctypes.string_at(id(42), 8).hex(), flush=True)
    return 42
