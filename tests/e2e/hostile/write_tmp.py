# Creates a file directly in /tmp, outside its scratch dir. The name carries a
# token the suite looks for afterwards. Landlock: only the scratch dir is writable.
def run():
    print("SENTINEL write_tmp", flush=True)
    with open("/tmp/@@TOKEN@@", "w") as f:
        f.write("escaped\n")
    return 42
