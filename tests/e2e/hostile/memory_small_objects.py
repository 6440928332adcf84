# Grows a list of small ints until memory runs out: the traceback of the
# MemoryError keeps the list alive, which once made the test die unreported.
# Bounded by the 64 MiB limit (about 8 million items) and the CPU limit.
def run():
    items = []
    print("SENTINEL memory_small_objects", flush=True)
    for i in range(50_000_000):
        items.append(i)
    return len(items)
