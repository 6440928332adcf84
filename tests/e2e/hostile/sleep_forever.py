# Uses no CPU at all: only the wall-clock limit can stop it.
import time


def run():
    print("SENTINEL sleep_forever", flush=True)
    time.sleep(3600)
    return 42
