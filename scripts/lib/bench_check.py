"""The foundation benchmark: see scripts/bench."""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile


sys.path.insert(0, str(pathlib.Path(__file__).parent))
import pytest_equivalent  # noqa: E402
from timing import median_seconds  # noqa: E402

PYTHON = "/usr/bin/python3"

# A learner's commonest mistakes, with the wall time `check` may take on 2 cores.
FAILING = [
    ("find-duplicates", "an endless loop in the function", "def find_duplicates(numbers):\n    while True:\n        pass\n", 5.0),
    ("lru-cache", "an endless loop in __init__",
     "class LRUCache:\n    def __init__(self, capacity):\n        while True:\n            pass\n\n"
     "    def get(self, key):\n        return -1\n\n    def put(self, key, value):\n        pass\n", 5.0),
    ("find-duplicates", "O(n^2) with numbers.count",
     "def find_duplicates(numbers):\n    return list({x for x in numbers if numbers.count(x) > 1})\n", 3.0),
    ("find-duplicates", "raises at import (a 50 MB message)",
     "raise ValueError('x' * 50_000_000)\n\ndef find_duplicates(numbers):\n    return []\n", 1.0),
]


def light_copy(exercise, dest):
    """The exercise without its deliberately heavy tests (those with their own CPU limit)."""
    shutil.copytree(exercise, dest)
    blocks = re.split(r"(?m)^(?=- )", (exercise / "tests.yaml").read_text())
    (dest / "tests.yaml").write_text("".join(b for b in blocks if "cpu_ms" not in b))


def write_pytest_equivalent(exercise, solution, dest):
    module, tests = pytest_equivalent.tests_of(exercise)
    dest.mkdir()
    (dest / f"{module}.py").write_text(solution.read_text())
    (dest / f"test_{module}.py").write_text(pytest_equivalent.render(module, tests))


def failing_code(pyjudge, root, tmp, runs):
    """Wall time of `check` on each FAILING solution: (slug, what, seconds, target)."""
    rows = []
    for i, (slug, what, source, target) in enumerate(FAILING):
        path = tmp / f"failing-{i}.py"
        path.write_text(source)
        cmd = [pyjudge, "check", root / "exercises" / slug, path, "--no-record"]
        rows.append((slug, what, median_seconds(cmd, runs, expect_codes=(1,)), target))
    return rows


def compare_builds(root, baseline, exercise, solution, light, runs):
    """The same checks with another build (e.g. before a change), interleaved in this run."""
    rows = []
    for name, ex in (("all tests", exercise), ("light tests", light)):
        ours = median_seconds([root / "build" / "bin" / "pyjudge", "check", ex, solution], runs)
        theirs = median_seconds([baseline / "build" / "bin" / "pyjudge", "check", ex, solution], runs)
        rows.append((name, ours, theirs))
    print(f"this build vs {baseline}")
    for name, ours, theirs in rows:
        print(f"  check, {name:12s} {ours * 1000:8.1f} ms vs {theirs * 1000:8.1f} ms   {ours / theirs:5.2f}x")


def main():
    root, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    baseline = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 else None
    pyjudge = root / "build" / "bin" / "pyjudge"
    exercise = root / "exercises" / "find-duplicates"
    solution = exercise / "solution.py"
    with tempfile.TemporaryDirectory(prefix="pyjudge-bench-") as tmp:
        tmp = pathlib.Path(tmp)
        light = tmp / "find-duplicates-light"
        light_copy(exercise, light)
        write_pytest_equivalent(exercise, solution, tmp / "pytest-full")
        write_pytest_equivalent(light, solution, tmp / "pytest-light")
        pytest_cmd = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        rows = [
            ("python3 -c pass", median_seconds([PYTHON, "-c", "pass"], runs)),
            ("pyjudge check find-duplicates (all tests)", median_seconds([pyjudge, "check", exercise, solution], runs)),
            ("pytest, same call tests (all)", median_seconds(pytest_cmd, max(3, runs // 3), cwd=tmp / "pytest-full")),
            ("pyjudge check, light tests only", median_seconds([pyjudge, "check", light, solution], runs)),
            ("pytest, light tests only", median_seconds(pytest_cmd, max(3, runs // 3), cwd=tmp / "pytest-light")),
        ]
        failing = failing_code(pyjudge, root, tmp, max(3, runs // 7))
        if baseline:
            compare_builds(root, baseline, exercise, solution, light, runs)
    t = dict(rows)
    print(f"medians over {runs} runs (pytest: {max(3, runs // 3)}), wall time")
    for name, seconds in rows:
        print(f"  {name:45s} {seconds * 1000:8.1f} ms")
    base = t["python3 -c pass"]
    print("ratios")
    print(f"  check (all) / python3 -c pass        {t['pyjudge check find-duplicates (all tests)'] / base:6.2f}x   target <= 3")
    print(f"  check (light) / python3 -c pass      {t['pyjudge check, light tests only'] / base:6.2f}x   target <= 3")
    print(f"  pytest (all) / check (all)           {t['pytest, same call tests (all)'] / t['pyjudge check find-duplicates (all tests)']:6.2f}x   target >= 5")
    print(f"  pytest (light) / check (light)       {t['pytest, light tests only'] / t['pyjudge check, light tests only']:6.2f}x   target >= 5")
    print(f"failing code: pyjudge check, wall time, medians over {max(3, runs // 7)} runs")
    for slug, what, seconds, target in failing:
        print(f"  {slug:16s} {what:38s} {seconds:6.2f} s   target <= {target:.0f} s")


if __name__ == "__main__":
    main()
