# Lists the root folder: Landlock refuses to read it.
import os


def run():
    print("SENTINEL list_root", flush=True)
    print(sorted(os.listdir("/")))
    return 42
