"""Time limits that are fast and fair (docs/cli.md, "Time limits"): a CPU
time-out is final even on a loaded host, the wall clock stops only a test that
sleeps, a starved test is run again (and reported so), a module that fails at
import fails once, and `verify --calibrate --write` sets limits by its rule.

The load tests start CPU hogs pinned to the same cores as the judge (taskset).
None of these tests asserts a duration: they assert verdicts and messages."""
import json
import os
import pathlib
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli  # noqa: E402

HOGS_PER_CORE = 2  # with the judge's own two test processes: a fifth of a core each at worst
HOG_SECONDS = 240  # a bound, should this process die without stopping them
SLEEPER = "import time\n\ndef run():\n    time.sleep(60)\n    return 42\n"
SPINNER = "def run():\n    while True:\n        pass\n"
RELAY = pathlib.Path(__file__).parent / "fixtures" / "dying_runner.py"
REAL_RUNNER = os.environ.get("PYJUDGE_RUNNER", str(cli.ROOT / "build" / "bin" / "pyjudge-runner"))
CATALOG_REFERENCES = ["find-duplicates", "lru-cache", "merge-sort", "dijkstra", "bounded-gather",
                      "thread-safe-counter", "deep-copy"]


def judge_cores():
    return sorted(os.sched_getaffinity(0))[:2]


def taskset_available():
    return shutil.which("taskset") is not None


class Hogs:
    """Busy loops pinned to `cores`, stopped on exit (and, as a bound, after HOG_SECONDS)."""

    def __init__(self, cores):
        self.cores = cores
        self.procs = []

    def __enter__(self):
        spin = f"import time\nend = time.monotonic() + {HOG_SECONDS}\nwhile time.monotonic() < end:\n    pass\n"
        for core in self.cores:
            for _ in range(HOGS_PER_CORE):
                self.procs.append(subprocess.Popen(["taskset", "-c", str(core), sys.executable, "-c", spin],
                                                   start_new_session=True))
        return self

    def __exit__(self, *exc):
        for p in self.procs:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def pinned_check(cores, exercise, solution, env=None):
    """`pyjudge check --format json` pinned to `cores`; (report, exit code)."""
    proc = subprocess.run(["taskset", "-c", ",".join(map(str, cores)), cli.PYJUDGE, "check", str(exercise),
                           str(solution), "--format", "json", "--no-record"],
                          capture_output=True, text=True, timeout=300, env=dict(os.environ, **(env or {})))
    return json.loads(proc.stdout), proc.returncode


class TimeLimitTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-time-test-"))
        self.probe = self.tmp / "probe"
        shutil.copytree(cli.FIXTURES / "probe", self.probe)
        spec = (self.probe / "exercise.yaml").read_text()
        (self.probe / "exercise.yaml").write_text(spec.replace("cpu_ms: 1000", "cpu_ms: 300").replace("wall_ms: 2000", "wall_ms: 800"))
        self.env = {"XDG_DATA_HOME": str(self.tmp / "data")}

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def solution(self, source, name="probe.py"):
        path = self.tmp / name
        path.write_text(source)
        return path

    def assert_every_test(self, report, verdict, message_start):
        for t in report["tests"]:
            self.assertEqual(t["verdict"], verdict, t)
            self.assertTrue(t["message"].startswith(message_start), t["message"])

    # ----- under load ----------------------------------------------------------------

    @unittest.skipUnless(taskset_available(), "taskset (util-linux) is not installed: the host cannot pin processes")
    def test_under_load_references_pass_a_spinner_times_out_on_cpu_and_a_sleeper_on_the_wall_clock(self):
        cores = judge_cores()
        with Hogs(cores):
            for slug in CATALOG_REFERENCES:
                with self.subTest(reference=slug):
                    report, code = pinned_check(cores, slug, cli.EXERCISES / slug / "solution.py", self.env)
                    self.assertEqual((report["verdict"], code), ("accepted", 0),
                                     [(t["name"], t["message"]) for t in report["tests"] if t["verdict"] != "accepted"])
            report, _ = pinned_check(cores, self.probe, self.solution(SPINNER), self.env)
            self.assert_every_test(report, "time_limit_exceeded", "CPU time limit of 300 ms exceeded")
            report, _ = pinned_check(cores, self.probe, self.solution(SLEEPER), self.env)
            self.assert_every_test(report, "time_limit_exceeded", "wall-clock limit of 800 ms exceeded while sleeping or blocked")

    @unittest.skipUnless(taskset_available(), "taskset (util-linux) is not installed: the host cannot pin processes")
    def test_a_memory_hog_gets_the_same_verdict_three_times_under_load(self):
        hog = "def run():\n    chunks = []\n    while True:\n        chunks.append(bytearray(1 << 20))\n"
        cores = judge_cores()
        with Hogs(cores):
            verdicts = [pinned_check(cores, self.probe, self.solution(hog), self.env)[0]["verdict"] for _ in range(3)]
        self.assertEqual(verdicts, ["memory_limit_exceeded"] * 3)

    # ----- stopped at the CPU limit close to the memory limit: which limit? ------------------------

    # 40 of the probe's 64 MiB, then 0.4 s of CPU: past the 300 ms limit, short of twice it.
    HALF_FULL = ("import time\n\ndef run():\n    hoard = [bytearray(1 << 20) for _ in range(40)]\n"
                 "    end = time.process_time() + 0.4\n    while time.process_time() < end:\n        pass\n")

    def test_a_test_stopped_at_its_cpu_limit_near_its_memory_limit_runs_again_and_gets_the_memory_verdict(self):
        hog = self.solution(self.HALF_FULL + "    hoard.append(bytearray(64 << 20))\n")
        report, code = cli.check_json(self.probe, hog, env=self.env)
        self.assertEqual((report["verdict"], code), ("memory_limit_exceeded", 1), report)
        for t in report["tests"]:
            self.assertEqual(t["verdict"], "memory_limit_exceeded", t)
            self.assertTrue(t["rerun"].startswith("stopped at its CPU limit with "), t["rerun"])
            self.assertIn("of its 64 MiB in use: run again with 600 ms of CPU", t["rerun"])

    def test_a_test_that_needs_more_cpu_but_no_more_memory_keeps_its_cpu_verdict_after_the_rerun(self):
        spinner = self.solution(self.HALF_FULL + "    while True:\n        pass\n")
        report, code = cli.check_json(self.probe, spinner, env=self.env)
        self.assertEqual(code, 1)
        self.assert_every_test(report, "time_limit_exceeded", "CPU time limit of 300 ms exceeded")
        for t in report["tests"]:
            self.assertTrue(t["rerun"].startswith("stopped at its CPU limit"), t["rerun"])

    def test_a_sleeping_solution_gets_a_wall_clock_time_out_that_says_so(self):
        report, code = cli.check_json(self.probe, self.solution(SLEEPER), env=self.env)
        self.assertEqual(code, 1)
        self.assert_every_test(report, "time_limit_exceeded", "wall-clock limit of 800 ms exceeded while sleeping or blocked")
        self.assertTrue(all(t["rerun"] == "" for t in report["tests"]))

    # ----- a module that fails at import fails once ----------------------------------------

    def test_a_module_that_raises_at_import_is_run_once_and_every_test_judged_from_it(self):
        source = 'raise ValueError("x" * 50_000_000)\n\ndef run():\n    return 42\n'
        report, code = cli.check_json(self.probe, self.solution(source), env=self.env)
        self.assertEqual((report["verdict"], code), ("runtime_error", 1))
        ran = [t for t in report["tests"] if not t["message"].startswith("not run:")]
        skipped = [t for t in report["tests"] if t["message"].startswith("not run: the solution's top level raised in test #")]
        self.assertGreaterEqual(len(ran), 1)
        self.assertEqual(len(ran) + len(skipped), len(report["tests"]))
        for t in report["tests"]:
            self.assertEqual(t["verdict"], "runtime_error", t)

    # ----- starved tests are run again, and reports say so ------------------------------------

    def relay(self):
        state = self.tmp / "relay-state"
        state.mkdir()
        launcher = self.tmp / "runner"
        launcher.write_text(f"#!/bin/sh\nexec /usr/bin/python3 {RELAY} {REAL_RUNNER} {state}\n")
        launcher.chmod(launcher.stat().st_mode | stat.S_IXUSR)
        return {"PYJUDGE_RUNNER": str(launcher), **self.env}

    def test_a_starved_test_is_run_again_and_the_report_says_why(self):
        good = self.solution("# STARVE-ONCE\ndef run():\n    return 42\n")
        report, code = cli.check_json(self.probe, good, env=self.relay())
        self.assertEqual((report["verdict"], code), ("accepted", 0), report)
        for t in report["tests"]:
            self.assertTrue(t["rerun"].startswith("the host starved it of CPU"), t)

    def test_a_test_starved_twice_is_the_judges_internal_error(self):
        good = self.solution("# STARVE-ALWAYS\ndef run():\n    return 42\n")
        report, code = cli.check_json(self.probe, good, env=self.relay())
        self.assertEqual((report["verdict"], code), ("internal_error", 3), report)
        for t in report["tests"]:
            self.assertTrue(t["message"].startswith("the host was too busy to measure this test"), t)
            self.assertNotEqual(t["rerun"], "")

    def test_grade_reports_mark_reruns_and_retries(self):
        subs = self.tmp / "subs"
        (subs / "amy").mkdir(parents=True)
        (subs / "bob").mkdir(parents=True)
        (subs / "amy" / "probe.py").write_text("# STARVE-ONCE\ndef run():\n    return 42\n")
        (subs / "bob" / "probe.py").write_text("# KILL-RUNNER-ONCE\ndef run():\n    return 42\n")
        catalog = self.tmp / "catalog"
        catalog.mkdir()
        shutil.copytree(self.probe, catalog / "probe")
        out = {kind: self.tmp / f"grades.{kind}" for kind in ("json", "xml", "csv")}
        proc = cli.run("grade", subs, "--exercises", catalog, "-q", "-j", "1", "--json", out["json"],
                       "--junit", out["xml"], "--csv", out["csv"], env=self.relay())
        self.assertEqual(proc.returncode, 0, proc.stderr)
        report = {s["submitter"]: s for s in json.loads(out["json"].read_text())["submissions"]}
        self.assertEqual(report["amy"]["verdict"], "accepted")
        self.assertEqual(report["amy"]["retried"], "")
        self.assertTrue(all(t["rerun"].startswith("the host starved it of CPU") for t in report["amy"]["tests"]))
        self.assertEqual(report["bob"]["verdict"], "accepted")
        self.assertIn("the runner failed", report["bob"]["retried"])
        self.assertTrue(all(t["rerun"] == "" for t in report["bob"]["tests"]))
        junit = out["xml"].read_text()
        self.assertIn('<property name="retried" value="the runner failed', junit)
        self.assertIn('<property name="rerun: call returns 42" value="the host starved it of CPU', junit)
        gradebook = out["csv"].read_text().splitlines()
        self.assertEqual(gradebook[0], "submitter,probe,total (of 1),notes")
        self.assertEqual(gradebook[1], "amy,1,1,probe: 2 test(s) run again")
        self.assertEqual(gradebook[2], "bob,1,1,probe: retried on a fresh runner")

    # ----- verify --calibrate ------------------------------------------------------------------

    def test_verify_calibrate_write_sets_limits_by_the_rule_and_the_exercise_still_verifies(self):
        demo = self.tmp / "verify-demo"
        shutil.copytree(cli.FIXTURES / "verify-demo", demo)
        proc = cli.run("verify", demo, "--calibrate", "--write", "--format", "json")
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertIn("wrote", proc.stderr)
        exercise = json.loads(proc.stdout)["exercises"][0]
        plan = exercise["calibration"]
        for t, cpu in zip(exercise["tests"], plan["cpu_ms"]):  # the rule, from the runs that were written
            self.assertEqual(cpu, max(100, -(-5 * t["reference_max_cpu_ms"] // 50) * 50), t)
        self.assertIn(f"limits: {{cpu_ms: {plan['default_cpu_ms']}}}", (demo / "exercise.yaml").read_text())
        after, code = cli.run_json("verify", demo)
        self.assertEqual(code, 0)
        self.assertEqual([t["cpu_limit_ms"] for t in after["exercises"][0]["tests"]], plan["cpu_ms"])
        self.assertEqual(cli.run("verify", demo, "--write").returncode, 2)  # --write goes with --calibrate


if __name__ == "__main__":
    unittest.main()
