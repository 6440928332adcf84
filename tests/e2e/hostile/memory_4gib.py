# One allocation far above the 64 MiB limit.
def run():
    print("SENTINEL memory_4gib", flush=True)
    block = bytearray(4 << 30)
    return len(block)
