"""The grading-at-scale benchmark: see scripts/bench-grade."""
import collections
import json
import os
import pathlib
import random
import resource
import statistics
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import bench_batch  # noqa: E402
import pytest_equivalent  # noqa: E402
from timing import median_seconds  # noqa: E402

PYTHON = "/usr/bin/python3"
BATCH_SIZE = 1000
PYTEST_SAMPLE = 50
JOBS = 2
BATCH_RUNS = 3  # the batch is graded this many times: its verdicts must not change


def grade_cmd(pyjudge, subs, weak, *extra):
    return [pyjudge, "grade", str(subs), "-q", *(["--allow-weak-sandbox"] if weak else []), *map(str, extra)]


def needs_weak_sandbox(pyjudge, tmp, exercises):
    """Whether this host lacks a sandbox layer, so that grading needs --allow-weak-sandbox."""
    subs = bench_batch.write([("probe", "vector", "correct", "x = 1\n")], tmp / "probe")
    proc = subprocess.run(grade_cmd(pyjudge, subs, False, "--exercises", exercises), capture_output=True, text=True)
    return proc.returncode == 2 and "refusing to grade" in proc.stderr


def rss_kb(pid):
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def runner_children(parent):
    """pids of the pyjudge-runner processes `parent` started (its pool)."""
    pids = []
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        comm_end = text.rfind(")")
        fields = text[comm_end + 2:].split()
        if text[text.find("(") + 1:comm_end] == "pyjudge-runner" and int(fields[1]) == parent:
            pids.append(int(stat.parent.name))
    return pids


def run_batch(cmd):
    """Runs the batch; returns (wall seconds, largest runner RSS seen in kB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    largest = 0
    while proc.poll() is None:
        largest = max([largest] + [rss_kb(pid) for pid in runner_children(proc.pid)])
        time.sleep(0.5)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"grade failed ({proc.returncode}): {proc.stderr.read().decode()}")
    return wall, largest


def read_frame(stream):
    header = stream.read(5)
    if len(header) < 5:
        raise SystemExit("the runner closed its output")
    length, kind = struct.unpack("<IB", header)
    return chr(kind), stream.read(length - 1)


def idle_runner_rss_kb(runner):
    """VmRSS of a runner that has served one job and waits for the next."""
    proc = subprocess.Popen([runner], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={})
    read_frame(proc.stdout)  # Hello
    job = json.dumps({"source": "def echo(x):\n    return x\n", "filename": "echo.py", "module": "echo",
                      "entry_points": ["echo"],
                      "rules": {"forbid_imports": [], "forbid_names": [], "require_generator": "", "require_class": "",
                                "max_source_bytes": 65536},
                      "tests": [{"name": "t", "kind": "call", "code": "echo(1)",
                                 "limits": {"cpu_ms": 2000, "wall_ms": 5000, "memory_mb": 256, "output_kb": 64},
                                 "modules": []}],
                      "require_sandbox": False, "disable_layers": [], "parallel_tests": 1}).encode()
    proc.stdin.write(struct.pack("<IB", len(job) + 1, ord("J")) + job)
    proc.stdin.flush()
    while read_frame(proc.stdout)[0] != "E":
        pass
    time.sleep(0.2)
    rss = rss_kb(proc.pid)
    proc.stdin.close()
    proc.wait()
    return rss


def write_trivial_catalog(root, tests):
    """An exercise whose tests do next to nothing: what remains is the judge's per-test cost."""
    folder = root / "echo"
    folder.mkdir(parents=True)
    (folder / "exercise.yaml").write_text(
        "title: {en: Echo, ru: Эхо}\ndifficulty: easy\ntopics: [benchmark]\nmodule: echo\nentry_points: [echo]\n"
        "statement: {en: Return the argument., ru: Верните аргумент.}\n"
        "starter: |\n  def echo(x):\n      raise NotImplementedError\n")
    (folder / "tests.yaml").write_text("".join(f"- name: echo {i}\n  call: echo({i})\n  expect: {i}\n" for i in range(tests)))
    return root


def marginal_test_cost(pyjudge, tmp, weak, submissions=25, few=1, many=41):
    """(seconds per extra test, seconds per submission with one test), -j 1, medians of 3."""
    subs = bench_batch.write([(f"s{i:02d}", "echo", "correct", "def echo(x):\n    return x\n") for i in range(submissions)],
                             tmp / "echo-subs")
    walls = {}
    for n in (few, many):
        catalog = write_trivial_catalog(tmp / f"echo-{n}", n)
        walls[n] = median_seconds(grade_cmd(pyjudge, subs, weak, "-j", 1, "--exercises", catalog), 3)
    return (walls[many] - walls[few]) / (submissions * (many - few)), walls[few] / submissions


def children_cpu_seconds(cmd, env=None):
    """User + system CPU of `cmd` and every process it waited for (less skewed by other work than wall time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def private_root_cost(pyjudge, tmp, submissions=200, pairs=7):
    """(CPU seconds a submission pays for its private root, CPU seconds per submission without it): -j 1, one
    trivial test each, runs with and without the layer in turn, the median of the paired differences."""
    subs = bench_batch.write([(f"p{i:03d}", "echo", "correct", "def echo(x):\n    return x\n") for i in range(submissions)],
                             tmp / "root-subs")
    catalog = write_trivial_catalog(tmp / "root-echo", 1)
    cmd = grade_cmd(pyjudge, subs, True, "-j", 1, "--exercises", catalog)
    without = dict(os.environ, PYJUDGE_DISABLE_LAYERS="private_root")
    deltas, bases = [], []
    for _ in range(pairs):
        base = children_cpu_seconds(cmd, env=without)
        deltas.append(children_cpu_seconds(cmd) - base)
        bases.append(base)
    return statistics.median(deltas) / submissions, statistics.median(bases) / submissions


def fork_floor():
    script = pathlib.Path(__file__).parent / "fork_floor.py"
    runs = [float(subprocess.run([PYTHON, "-I", "-S", str(script), "2000"], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    return statistics.median(runs)


def pytest_per_submission(sample, exercises, tmp):
    """(mean, median) seconds per submission."""
    times = []
    cmd = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    for i, (_, slug, _, source) in enumerate(sample):
        module, tests = pytest_equivalent.tests_of(exercises / slug)
        folder = tmp / "pytest" / f"{i:02d}"
        folder.mkdir(parents=True)
        (folder / f"{module}.py").write_text(source)
        (folder / f"test_{module}.py").write_text(pytest_equivalent.render(module, tests))
        times.append(median_seconds(cmd, 1, cwd=folder, expect_codes=(0, 1, 5)))  # 5: no call tests to run
    return statistics.mean(times), statistics.median(times)


def own_cpu_seconds(report):
    """The test processes' own CPU over a batch: the exercises' work, and time-outs at their limits."""
    return sum(t["cpu_ms"] for s in report["submissions"] for t in s["tests"]) / 1000


def verdicts_of(report):
    return {(s["submitter"], s["exercise"]): (s["verdict"], tuple(t["verdict"] for t in s["tests"]))
            for s in report["submissions"]}


def batch_figures(report, entries):
    kinds = {(s, slug): kind for s, slug, kind, _ in entries}
    tests = sum(len(s["tests"]) for s in report["submissions"])
    ordinary = [s for s in report["submissions"] if kinds[(s["submitter"], s["exercise"])] in ("correct", "wrong")]
    busy_ms = sum(s["duration_ms"] for s in ordinary)
    per_test = busy_ms / 1000 / max(1, sum(len(s["tests"]) for s in ordinary))
    outcome = collections.Counter((kinds[(s["submitter"], s["exercise"])], s["verdict"]) for s in report["submissions"])
    return tests, per_test, busy_ms / 1000 / max(1, len(ordinary)), outcome


def main():
    root, seed = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    pyjudge, runner = os.environ["PYJUDGE_BIN"], os.environ["PYJUDGE_RUNNER"]
    exercises = root / "exercises"
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="pyjudge-bench-grade-") as tmp:
        tmp = pathlib.Path(tmp)
        weak = needs_weak_sandbox(pyjudge, tmp, exercises)
        entries = bench_batch.plan(exercises, BATCH_SIZE, seed)
        subs = bench_batch.write(entries, tmp / "batch")
        walls, floors, runs = [], [], []
        for n in range(BATCH_RUNS):
            report_path = tmp / f"batch-{n}.json"
            wall, busiest_rss = run_batch(grade_cmd(pyjudge, subs, weak, "-j", JOBS, "--exercises", exercises,
                                                    "--json", report_path))
            report = json.loads(report_path.read_text())
            walls.append(wall)
            floors.append(own_cpu_seconds(report) / JOBS)
            runs.append(verdicts_of(report))
        changed = sorted(k for k in runs[0] if any(r[k] != runs[0][k] for r in runs[1:]))
        wall = statistics.median(walls)
        batch_floor = statistics.median(floors)
        tests, per_test_batch, per_sub_batch, outcome = batch_figures(report, entries)

        per_test, per_sub_trivial = marginal_test_cost(pyjudge, tmp, weak)
        floor = fork_floor()
        root_cost, root_base = private_root_cost(pyjudge, tmp)
        ordinary = [e for e in entries if e[2] in ("correct", "wrong")]
        # The pytest baseline runs call tests of Python exercises: a write-the-tests
        # exercise's solution is itself a test file, which it cannot run that way.
        sample = random.Random(seed).sample([e for e in ordinary if pytest_equivalent.is_python_kind(exercises / e[1])],
                                            PYTEST_SAMPLE)
        pytest_each, pytest_median = pytest_per_submission(sample, exercises, tmp)
        sample_dir = bench_batch.write(sample, tmp / "sample")
        sample_json = tmp / "sample.json"
        pyjudge_each = median_seconds(grade_cmd(pyjudge, sample_dir, weak, "-j", 1, "--exercises", exercises,
                                                "--json", sample_json), 3, expect_codes=(0, 1)) / PYTEST_SAMPLE
        sample_report = json.loads(sample_json.read_text())["submissions"]
        pyjudge_median = statistics.median(s["duration_ms"] for s in sample_report) / 1000
        # CPU of the test processes themselves: the exercises' own work, which no runner can skip.
        own_work = statistics.mean(sum(t["cpu_ms"] for t in s["tests"]) for s in sample_report) / 1000
        idle_rss = idle_runner_rss_kb(runner)

    counts = collections.Counter(kind for _, _, kind, _ in entries)
    flag = " --allow-weak-sandbox" if weak else ""
    print(f"pyjudge grade benchmark, seed {seed}: {len(entries)} submissions over "
          f"{len(bench_batch.catalog(exercises))} exercises, {os.cpu_count()} cores, "
          f"load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after (other work skews every figure)")
    print(f"  batch: {counts['correct']} correct, {counts['wrong']} known-wrong, {counts['loop']} loop forever, "
          f"{counts['allocate']} allocate forever; {tests} tests")
    print(f"  pyjudge grade -j {JOBS}{flag}, {BATCH_RUNS} runs: wall {', '.join(f'{w:.1f}' for w in walls)} s "
          f"(median {wall:.1f} s, {len(entries) / wall:.1f} submissions/s)")
    print(f"    floor any judge pays: the test processes' own CPU / {JOBS} cores = "
          f"{', '.join(f'{f:.1f}' for f in floors)} s (median {batch_floor:.1f} s)")
    print(f"    verdicts that changed between the {BATCH_RUNS} runs: {len(changed)}"
          + (f" ({', '.join('/'.join(k) for k in changed[:10])})" if changed else ""))
    print(f"    correct and wrong ones, runner time: {per_sub_batch * 1000:.1f} ms per submission, "
          f"{per_test_batch * 1000:.2f} ms per test (the exercises' own work included)")
    for kind in ("loop", "allocate"):
        verdicts = ", ".join(f"{v} {n}" for (k, v), n in sorted(outcome.items()) if k == kind)
        print(f"    {kind} forever: {verdicts}")
    print(f"  per-test cost, trivial tests (marginal, -j 1)   {per_test * 1000:7.3f} ms"
          f"   (per submission with one test: {per_sub_trivial * 1000:.1f} ms)")
    print(f"  fork floor: fork + waitpid, python3 -I -S       {floor * 1000:7.3f} ms")
    print(f"  private root, CPU per submission (paired, -j 1) {root_cost * 1000:7.3f} ms"
          f"   (of {root_base * 1000:.1f} ms of CPU per one-test submission without it)")
    print(f"  pytest, {PYTEST_SAMPLE}-submission subsample              {pytest_each * 1000:7.1f} ms per submission"
          f"   (median {pytest_median * 1000:.1f} ms)")
    print(f"  pyjudge grade -j 1, the same {PYTEST_SAMPLE}               {pyjudge_each * 1000:7.1f} ms per submission"
          f"   (median {pyjudge_median * 1000:.1f} ms)")
    print(f"    of which the test processes' own CPU            {own_work * 1000:7.1f} ms per submission"
          f"   (so pytest / pyjudge could be at most {pytest_each / own_work:.1f}x with no judge overhead at all)")
    print(f"  warm runner RSS: idle {idle_rss / 1024:.1f} MB, largest during the batch {busiest_rss / 1024:.1f} MB")
    print("ratios")
    print(f"  per-test cost / fork floor        {per_test / floor:6.2f}x   target <= 2")
    print(f"  batch wall / batch floor          {wall / batch_floor:6.2f}x   target <= 1.3")
    print(f"  pytest / pyjudge per submission   {pytest_each / pyjudge_each:6.2f}x   target >= 20"
          f"   (medians: {pytest_median / pyjudge_median:.2f}x)")
    print(f"  idle warm runner RSS              {idle_rss / 1024:6.1f} MB  target <= 25 MB")
    print(f"  private root per submission       {root_cost * 1000:6.2f} ms  target <= 1 ms")


if __name__ == "__main__":
    main()
