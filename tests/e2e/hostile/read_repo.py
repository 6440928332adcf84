# Lists the judge's own source tree (the repository root, written into a copy
# of this file by the suite): exercises, reference solutions, the build.
import os


def run():
    print("SENTINEL read_repo", flush=True)
    names = os.listdir("@@REPO@@")
    print(names)
    return 42
