# Looks for the judge's environment where clearenv() does not reach: the
# process's own original environment block, /proc/self/environ. Prints the
# entries that look like secrets, then how many entries there are.
def looks_secret(entry):
    name = entry.partition(b"=")[0].upper()
    return any(word in name for word in (b"SECRET", b"TOKEN", b"KEY", b"PASS"))


def run():
    print("SENTINEL env_secret_procfs", flush=True)
    try:
        with open("/proc/self/environ", "rb") as f:
            entries = [e for e in f.read(1 << 20).split(b"\0") if e]
    except OSError as e:
        print("cannot read /proc/self/environ:", e)
        return 42
    for entry in entries:
        if looks_secret(entry):
            print(entry.decode("utf-8", "replace"))
    print("%d entries" % len(entries))
    return 42
