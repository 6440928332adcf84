# Walks up from the stdlib's folder, and tries the judge's tree by name,
# looking for the exercises folder and a hidden tests.yaml (and its size).
import os


def find_tests(start):
    folder = start
    while True:
        candidate = os.path.join(folder, "exercises", "find-duplicates", "tests.yaml")
        if os.path.exists(candidate):
            return os.path.getsize(candidate)
        if folder == os.path.dirname(folder):
            return None
        folder = os.path.dirname(folder)


def run():
    print("SENTINEL walk_up_from_stdlib", flush=True)
    found = find_tests(os.path.dirname(os.__file__)) or find_tests("@@REPO@@")
    return 42 if found else 0
