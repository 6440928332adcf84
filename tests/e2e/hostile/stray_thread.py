# Leaves a daemon thread behind (bounded to an hour); the test still returns 42.
import threading
import time


def linger():
    for _ in range(3600):
        time.sleep(1)


def run():
    print("SENTINEL stray_thread", flush=True)
    threading.Thread(target=linger, daemon=True).start()
    return 42
