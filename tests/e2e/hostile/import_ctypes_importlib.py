# ctypes through importlib.import_module, whose frames are not the candidate's.
import importlib


def run():
    print("SENTINEL import_ctypes_importlib", flush=True)
    ctypes = importlib.import_module("ctypes")
    return ctypes.sizeof(ctypes.c_int) * 10 + 2
