# Reads /etc/passwd (world-readable on the host). Landlock must refuse it.
def run():
    print("SENTINEL read_etc_passwd", flush=True)
    with open("/etc/passwd") as f:
        text = f.read(1 << 16)
    print(text)
    return 42
