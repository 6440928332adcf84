# Ends the test process with status 0 from inside the call, before it can report.
import os


def run():
    print("SENTINEL exit_in_function", flush=True)
    os._exit(0)
