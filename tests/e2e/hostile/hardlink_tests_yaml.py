# Hard-links a real exercise's hidden tests into the scratch dir, where it may
# read, and reads the link. Landlock (and protected_hardlinks) refuse the link.
import os


def run():
    print("SENTINEL hardlink_tests_yaml", flush=True)
    os.link("@@TESTS_YAML@@", "stolen.yaml")
    with open("stolen.yaml") as f:
        print(f.read(1 << 16))
    return 42
