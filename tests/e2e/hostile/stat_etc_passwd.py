# Looks /etc/passwd up without opening it: Landlock does not govern stat(),
# the private root has no /etc.
import os


def run():
    print("SENTINEL stat_etc_passwd", flush=True)
    os.stat("/etc/passwd")
    return 42
