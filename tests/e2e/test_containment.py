"""End-to-end containment tests: hostile solutions against the real judge.

Each file in hostile/ attacks the sandbox in one way and is checked with

    pyjudge check tests/e2e/fixtures/probe hostile/<scenario>.py --format json

Every hostile file prints `SENTINEL <scenario>` (flushed) right before its
hostile line, so a file that crashed early cannot pass for a contained attack.

Run from the repository root:

    /usr/bin/python3 -m unittest tests/e2e/test_containment.py -v

PYJUDGE_BIN selects the judge binary (default: build/bin/pyjudge in this
repository). Standard library only; Linux only.

All checks run once, concurrently, in setUpClass; the test methods only assert
on the recorded results. The harness makes itself a child subreaper, so a test
process that outlives its supervisor is re-parented to it and can be found,
reported and killed (by pid) instead of lingering.
"""
import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PYJUDGE = os.environ.get("PYJUDGE_BIN") or os.path.join(REPO, "build", "bin", "pyjudge")
PROBE = os.path.join(HERE, "fixtures", "probe")
HOSTILE = os.path.join(HERE, "hostile")

SECRET_NAME = "PYJUDGE_TEST_SECRET"
SECRET = "hunter2"
CHECK_TIMEOUT_S = 60
CALL_TEST, CODE_TEST = 0, 1  # the probe's two visible examples, in order

GOOD_SOLUTION = "def run():\n    return 42\n"

# CPU-bound scenarios run one after another in one lane, so that the CPU-time
# assertions do not depend on how two of them share the machine's cores.
CPU_LANE = ["infinite_loop", "fake_clock"]


def scenarios():
    return sorted(f[:-3] for f in os.listdir(HOSTILE) if f.endswith(".py"))


class Check:
    """What one `pyjudge check` run produced."""

    def __init__(self, name):
        self.name = name
        self.returncode = None
        self.raw = b""
        self.stderr = b""
        self.report = None
        self.json_error = None
        self.timed_out = False
        self.seconds = 0.0
        self.markers = {}  # marker file name -> contents (written by the candidate)
        self.leftovers = []  # what pyjudge left in its TMPDIR
        self.alive_after_check = []  # marker pids still running once pyjudge had exited

    @property
    def text(self):
        return self.raw.decode("utf-8", "replace") + self.stderr.decode("utf-8", "replace")

    def test(self, index):
        return self.report["tests"][index]


# ----- process bookkeeping ------------------------------------------------------

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def proc_status(pid):
    fields = {}
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
    except OSError:
        return None
    return fields


def proc_cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def is_alive_runner_process(pid):
    status = proc_status(pid)
    return bool(status) and not status.get("State", "").startswith(("Z", "X")) and "pyjudge-runner" in proc_cmdline(pid)


def adopted_orphans():
    """Runner processes re-parented to this harness: (pid, state, cmdline)."""
    me = str(os.getpid())
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        status = proc_status(int(entry))
        if status and status.get("PPid") == me and status.get("Name", "").startswith("pyjudge-runner"):
            found.append((int(entry), status.get("State", "?"), proc_cmdline(int(entry))))
    return found


def kill_and_reap(pid):
    """Ends a process this harness caused to exist (never by name): SIGKILL, then reap it if it is ours."""
    if is_alive_runner_process(pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return  # not our child (no subreaper): init reaps it
        if done:
            return
        time.sleep(0.02)


# ----- running checks ------------------------------------------------------------

def run_check(name, solution_path):
    check = Check(name)
    tmpdir = tempfile.mkdtemp(prefix="pyjudge-e2e-%s-" % name)
    env = {SECRET_NAME: SECRET}  # first, so a truncated dump of the environment still shows it
    env.update((k, v) for k, v in os.environ.items() if k != SECRET_NAME)
    env["TMPDIR"] = tmpdir  # the runner makes its scratch dirs here
    started = time.monotonic()
    try:
        proc = subprocess.run([PYJUDGE, "check", PROBE, solution_path, "--format", "json"], cwd=REPO, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=CHECK_TIMEOUT_S)
        check.returncode, check.raw, check.stderr = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as e:
        check.timed_out = True
        check.raw, check.stderr = e.stdout or b"", e.stderr or b""
    check.seconds = time.monotonic() - started
    try:
        check.report = json.loads(check.raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        check.json_error = "%s: %r" % (e, check.raw[:500])
    for entry in sorted(os.listdir(tmpdir)):
        path = os.path.join(tmpdir, entry)
        if entry.startswith("probe-marker-"):
            with open(path) as f:
                check.markers[entry] = f.read()
        else:
            check.leftovers.append(entry)
    for text in check.markers.values():
        if text.strip().isdigit():
            pid = int(text)
            if is_alive_runner_process(pid):
                check.alive_after_check.append(pid)
            kill_and_reap(pid)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return check


class ContainmentTest(unittest.TestCase):
    checks = {}
    orphans = []  # (pid, state, cmdline) of runner processes that outlived every check
    subreaper = False
    wall_seconds = 0.0

    @classmethod
    def setUpClass(cls):
        if not os.access(PYJUDGE, os.X_OK):
            raise unittest.SkipTest("pyjudge binary not found: %s (set PYJUDGE_BIN)" % PYJUDGE)
        cls.subreaper = become_subreaper()
        good_dir = tempfile.mkdtemp(prefix="pyjudge-e2e-good-")
        good = os.path.join(good_dir, "good.py")
        with open(good, "w") as f:
            f.write(GOOD_SOLUTION)
        jobs = [(name, os.path.join(HOSTILE, name + ".py")) for name in scenarios()] + [("good_solution", good)]
        cpu_lane = [job for job in jobs if job[0] in CPU_LANE]
        other_lane = [job for job in jobs if job[0] not in CPU_LANE]
        lock = threading.Lock()

        def run_lane(lane):
            for name, path in lane:
                check = run_check(name, path)
                with lock:
                    cls.checks[name] = check

        started = time.monotonic()
        try:
            with ThreadPoolExecutor(max_workers=2) as pool:
                for future in [pool.submit(run_lane, cpu_lane), pool.submit(run_lane, other_lane)]:
                    future.result()
        finally:
            shutil.rmtree(good_dir, ignore_errors=True)
        cls.wall_seconds = time.monotonic() - started
        # Anything still re-parented to us once every check is over outlived its check.
        known = {pid for c in cls.checks.values() for pid in c.alive_after_check}
        for pid, state, cmdline in adopted_orphans():
            if pid not in known:
                cls.orphans.append((pid, state, cmdline))
            kill_and_reap(pid)

    @classmethod
    def tearDownClass(cls):
        print("\ncontainment checks: %.1f s of wall time for %d checks" % (cls.wall_seconds, len(cls.checks)))

    # ----- helpers ------------------------------------------------------------------

    def check(self, name, exit_codes=(1,)):
        """The check's report, after asserting it finished and printed valid JSON."""
        c = self.checks[name]
        self.assertFalse(c.timed_out, "%s: pyjudge did not finish within %d s" % (name, CHECK_TIMEOUT_S))
        self.assertIsNone(c.json_error, "%s: pyjudge did not print valid JSON: %s\nstderr: %s" % (name, c.json_error, c.stderr[-2000:]))
        self.assertIn(c.returncode, exit_codes, "%s: exit code %s\n%s" % (name, c.returncode, c.text[-3000:]))
        self.assertEqual(len(c.report["tests"]), 2, c.text[-3000:])
        self.assertNotIn(SECRET, c.text, "%s: the judge's environment leaked into the report" % name)
        return c

    def assertVerdict(self, c, verdict):
        self.assertEqual(c.report["verdict"], verdict, "%s: verdict\n%s" % (c.name, c.text[-3000:]))

    def assertSentinel(self, c, index=CALL_TEST):
        """The hostile line was reached in this test (its stdout starts with the sentinel)."""
        stdout = c.test(index).get("stdout", "")
        self.assertTrue(stdout.startswith("SENTINEL %s\n" % c.name),
                        "%s: sentinel missing from test %d stdout: %r" % (c.name, index, stdout[:300]))

    def assertTestVerdicts(self, c, verdict):
        for t in c.report["tests"]:
            self.assertEqual(t["verdict"], verdict, "%s, test %r: %s" % (c.name, t["name"], t.get("message")))

    # ----- positive control ---------------------------------------------------------

    def test_good_solution_is_accepted(self):
        c = self.check("good_solution", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertTestVerdicts(c, "accepted")
        self.assertEqual(c.report["score"], 1.0)

    # ----- results the judge must not trust -------------------------------------------

    def test_eq_always_true(self):
        c = self.check("eq_always_true")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        for t in c.report["tests"]:
            self.assertIn("unsupported type", t["message"])
            self.assertNotIn("MARKER", t.get("stderr", "") + t.get("stdout", ""), "a method of the candidate's object was called")

    def test_list_subclass(self):
        c = self.check("list_subclass")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        for t in c.report["tests"]:
            self.assertIn("unsupported type MyList", t["message"])

    def test_self_reference(self):
        c = self.check("self_reference")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        for t in c.report["tests"]:
            self.assertIn("nested deeper than", t["message"])

    def test_huge_result(self):
        c = self.check("huge_result")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertIn("larger than the result limit", c.test(CALL_TEST)["message"])

    def test_patch_observe(self):
        c = self.check("patch_observe")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        self.assertIn("actual:   41", c.test(CALL_TEST)["details"])
        self.assertIn("actual:   [41]", c.test(CODE_TEST)["details"])

    def test_observe_hijack(self):
        # run() calls the judge's own observe (found in its caller's globals) with
        # 42 and returns 41. A call test must be judged on the call's value only.
        c = self.check("observe_hijack")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")

    def test_forged_frames(self):
        c = self.check("forged_frames")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "runtime_error")
        self.assertIn("result the runner did not seal", c.test(CALL_TEST)["message"])

    def test_forged_result(self):
        c = self.check("forged_result")
        self.assertSentinel(c)
        self.assertVerdict(c, "runtime_error")
        for t in c.report["tests"]:
            self.assertIn("result the runner did not seal", t["message"])

    # ----- the process ends early -----------------------------------------------------

    def test_exit_at_import(self):
        c = self.check("exit_at_import")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c, CALL_TEST)
        self.assertSentinel(c, CODE_TEST)
        self.assertTestVerdicts(c, "runtime_error")

    def test_exit_in_function(self):
        c = self.check("exit_in_function")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "runtime_error")

    def test_raises(self):
        c = self.check("raises")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        with open(os.path.join(HOSTILE, "raises.py")) as f:
            line = next(i for i, text in enumerate(f, 1) if 'raise ValueError("boom")' in text)
        for t in c.report["tests"]:
            self.assertEqual(t["verdict"], "runtime_error")
            self.assertIn("ValueError", t["message"])
            details = t["details"]
            self.assertIn('File "probe.py", line %d, in helper' % line, details)
            self.assertIn("ValueError: boom", details)
            self.assertEqual(set(re.findall(r'File "([^"]*)"', details)), {"probe.py"},
                             "a frame that is not the candidate's:\n" + details)
            self.assertNotIn("harness", details)

    def test_syntax_error(self):
        c = self.check("syntax_error")
        self.assertVerdict(c, "syntax_error")
        self.assertIn("probe.py, line 3", c.report["message"])
        self.assertTestVerdicts(c, "syntax_error")
        self.assertNotIn("SENTINEL", c.text)  # nothing ran

    def test_deep_recursion(self):
        c = self.check("deep_recursion")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertRegex(c.test(CALL_TEST)["message"], "SIGSEGV|RecursionError")

    def test_kill_parent(self):
        # The parent is pid 1 of the sandbox's pid namespace; seccomp lets a
        # test signal only itself, so the kill raises PermissionError.
        c = self.check("kill_parent")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertIn("parent pid 1\n", c.test(CALL_TEST)["stdout"])
        self.assertIn("PermissionError", c.test(CALL_TEST)["details"])

    def test_kill_parent_leaves_no_process_behind(self):
        c = self.checks["kill_parent"]
        self.assertEqual(c.alive_after_check, [], "test processes still running after pyjudge exited")

    def test_stop_parent(self):
        c = self.check("stop_parent")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertIn("PermissionError", c.test(CALL_TEST)["details"])
        self.assertLess(c.seconds, 15)

    # ----- limits -----------------------------------------------------------------------

    def test_infinite_loop(self):
        c = self.check("infinite_loop")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertSpunUntilALimit(c.test(CALL_TEST))

    def test_fake_clock(self):
        c = self.check("fake_clock")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertSpunUntilALimit(c.test(CALL_TEST))

    def test_sleep_forever(self):
        c = self.check("sleep_forever")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertIn("wall-clock", c.test(CALL_TEST)["message"])
        self.assertLess(c.seconds, 15)

    def test_stray_thread(self):
        c = self.check("stray_thread", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        self.assertLess(c.seconds, 10)

    def assertSpunUntilALimit(self, test):
        """Killed at the CPU limit, or at the wall limit when a loaded machine starved it of CPU."""
        if "wall-clock" not in test["message"]:
            self.assertGreaterEqual(test["cpu_ms"], 900, test["message"])

    def test_memory_4gib(self):
        c = self.check("memory_4gib")
        self.assertVerdict(c, "memory_limit_exceeded")
        self.assertSentinel(c)

    def test_memory_gradual(self):
        c = self.check("memory_gradual")
        self.assertVerdict(c, "memory_limit_exceeded")
        self.assertSentinel(c)

    def test_memory_small_objects(self):
        c = self.check("memory_small_objects")
        self.assertVerdict(c, "memory_limit_exceeded")
        self.assertSentinel(c)

    def test_print_flood(self):
        c = self.check("print_flood")
        self.assertVerdict(c, "output_limit_exceeded")
        self.assertSentinel(c)
        self.assertLessEqual(len(c.test(CALL_TEST)["stdout"].encode()), 4096)

    def test_stderr_flood(self):
        c = self.check("stderr_flood")
        self.assertVerdict(c, "output_limit_exceeded")
        self.assertSentinel(c)
        self.assertTrue(c.test(CALL_TEST)["stderr"].startswith("x" * 1000))

    def test_fd_exhaustion(self):
        c = self.check("fd_exhaustion", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        match = re.search(r"stopped after (\d+) files: errno (\d+)", c.test(CALL_TEST)["stdout"])
        self.assertIsNotNone(match, c.test(CALL_TEST)["stdout"])
        self.assertLess(int(match.group(1)), 70)
        self.assertEqual(int(match.group(2)), 24)  # EMFILE

    def test_big_file(self):
        # The runner's interpreter installs no signal handlers, so SIGXFSZ keeps
        # its default action: the write past RLIMIT_FSIZE (16 MiB) kills the
        # process, and the judge maps SIGXFSZ to output_limit_exceeded.
        c = self.check("big_file")
        self.assertVerdict(c, "output_limit_exceeded")
        self.assertSentinel(c)
        self.assertIn("file size limit", c.test(CALL_TEST)["message"])

    # ----- secrets ----------------------------------------------------------------------

    def test_env_secret(self):
        c = self.check("env_secret")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        for t in c.report["tests"]:
            self.assertTrue(t["stdout"].startswith("SENTINEL env_secret\n0\n{}\n{}\n"), t["stdout"][:300])
        self.assertIn("actual:   0", c.test(CALL_TEST)["details"])

    def test_env_secret_procfs(self):
        c = self.check("env_secret_procfs", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)

    def test_env_secret_ancestors(self):
        c = self.check("env_secret_ancestors", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)

    # ----- the judge cleans up after every check -------------------------------------------

    def test_scratch_dirs_are_removed(self):
        left = {name: c.leftovers for name, c in self.checks.items() if c.leftovers}
        self.assertEqual(left, {}, "files left in TMPDIR after the check")

    def test_no_process_outlives_its_check(self):
        # Live processes only; kill_parent's own are asserted in
        # test_kill_parent_leaves_no_process_behind.
        if not self.subreaper:
            self.skipTest("cannot become a child subreaper: orphans cannot be found")
        alive = [o for o in self.orphans if not o[1].startswith(("Z", "X"))]
        self.assertEqual(alive, [], "processes still running after every check was over")

    def test_judge_reaps_its_runner(self):
        if not self.subreaper:
            self.skipTest("cannot become a child subreaper: orphans cannot be found")
        zombies = [o for o in self.orphans if o[1].startswith(("Z", "X"))]
        self.assertEqual(zombies, [], "exited runner processes that pyjudge never waited for")

    def test_every_scenario_has_a_test(self):
        tested = {name[len("test_"):] for name in dir(self) if name.startswith("test_")}
        self.assertEqual(sorted(set(scenarios()) - tested), [])


if __name__ == "__main__":
    unittest.main()
