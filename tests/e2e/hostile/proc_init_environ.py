# Reads the environment block of pid 1 (of whichever pid namespace it sees).
# Landlock gives no access to /proc.
def run():
    print("SENTINEL proc_init_environ", flush=True)
    with open("/proc/1/environ", "rb") as f:
        print(f.read(1 << 16))
    return 42
