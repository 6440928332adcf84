# Grows 1 MiB at a time (at most 10000 MiB), touching every page.
def run():
    chunks = []
    print("SENTINEL memory_gradual", flush=True)
    for _ in range(10000):
        chunks.append(b"x" * (1 << 20))
    return len(chunks)
