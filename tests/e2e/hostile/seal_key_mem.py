# Reads its own memory through /proc/self/mem (where the seal key lives, in
# the C++ caller's stack frame). Landlock gives no access to /proc.
def run():
    print("SENTINEL seal_key_mem", flush=True)
    with open("/proc/self/mem", "rb") as f:
        f.seek(0x400000)
        print(f.read(16))
    return 42
