# Writes a 32 MiB file to the scratch dir, 1 MiB at a time (limit: 16 MiB).
def run():
    chunk = b"x" * (1 << 20)
    print("SENTINEL big_file", flush=True)
    with open("big.bin", "wb") as f:
        for _ in range(32):
            f.write(chunk)
    return 42
