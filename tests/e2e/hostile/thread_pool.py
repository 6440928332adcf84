# Not an attack: threads (clone with CLONE_THREAD) must work, with locks and a
# ThreadPoolExecutor.
import threading
from concurrent.futures import ThreadPoolExecutor


def run():
    print("SENTINEL thread_pool", flush=True)
    with ThreadPoolExecutor(max_workers=4) as pool:
        squares = sum(pool.map(lambda x: x * x, range(5)))  # 30
    lock = threading.Lock()
    count = [0]

    def bump():
        for _ in range(1000):
            with lock:
                count[0] += 1

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return squares + count[0] // 1000 * 3  # 30 + 12
