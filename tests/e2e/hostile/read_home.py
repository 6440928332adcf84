# Lists the home directory of the user running the judge (written into a copy
# of this file by the suite; /root when the judge runs as root).
import os


def run():
    print("SENTINEL read_home", flush=True)
    names = os.listdir("@@HOME@@")
    print(names)
    return 42
