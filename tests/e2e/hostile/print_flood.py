# Floods stdout (bounded at 1 GB; the output limit is 16 KiB).
def run():
    print("SENTINEL print_flood", flush=True)
    for _ in range(1_000_000):
        print("x" * 1000)
    return 42
