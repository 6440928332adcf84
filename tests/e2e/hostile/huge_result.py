# A 20 MiB result, above the 8 MiB result limit but within the memory limit.
def run():
    text = "x" * (20 << 20)
    print("SENTINEL huge_result", flush=True)
    return text
