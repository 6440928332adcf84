# ctypes would give raw memory access (the result seal key). The import gate
# refuses it.
def run():
    print("SENTINEL import_ctypes", flush=True)
    import ctypes
    return ctypes.sizeof(ctypes.c_int) * 10 + 2
