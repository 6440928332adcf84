"""Median wall time of a command over repeated runs, measured in this process."""
import statistics
import subprocess
import time


def median_seconds(cmd, runs, cwd=None, env=None, expect_codes=(0,)):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if proc.returncode not in expect_codes:
            raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{proc.stderr.decode()}")
    return statistics.median(times)
