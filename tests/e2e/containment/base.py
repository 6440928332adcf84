"""The containment test case: runs every check once in setUpClass, and the
assertions the grouped tests share."""
import os
import shutil
import tempfile
import threading
import time
import unittest
from concurrent.futures import ThreadPoolExecutor


from containment.harness import *  # noqa: E402,F401,F403
from containment.listeners import Listeners  # noqa: E402


class ContainmentBase(unittest.TestCase):
    checks = {}
    starved_first = {}  # scenario -> the check that a loaded machine starved (then run again)
    orphans = []  # (pid, state, cmdline) of processes below the harness that outlived every check
    subreaper = False
    wall_seconds = 0.0
    listeners = None
    evidence_files = {}  # scenario -> paths with its token found after the checks (then removed)
    evidence_control = []  # what files_made_by found for a file the suite made itself
    exercise_dir_before = set()
    exercise_dir_after = set()
    tmp_before = set()
    tmp_after = set()

    @classmethod
    def setUpClass(cls):
        if not os.access(PYJUDGE, os.X_OK):
            raise unittest.SkipTest("pyjudge binary not found: %s (set PYJUDGE_BIN)" % PYJUDGE)
        cls.subreaper = become_subreaper()
        cls.exercise_dir_before = dir_names(PROBE)
        cls.tmp_before = {n for n in dir_names("/tmp") if RUN_TOKEN in n}
        cls.listeners = Listeners()
        cls.listeners.self_test()
        # The same for the file evidence: a file with a token must be found.
        control = os.path.join("/tmp", token("evidence_self_test"))
        with open(control, "w") as f:
            f.write("control\n")
        cls.evidence_control = files_made_by("evidence_self_test")
        remove_evidence(control)
        with open(TMP_MARKER, "w") as f:
            f.write("another job's file\n")
        copies_dir = tempfile.mkdtemp(prefix="pyjudge-e2e-hostile-")
        try:
            good = os.path.join(copies_dir, "good_solution.py")
            with open(good, "w") as f:
                f.write(GOOD_SOLUTION)
            jobs = [(name, prepare_copy(name, cls.listeners, copies_dir)) for name in scenarios()] + [("good_solution", good)]
            cpu_lane = [job for job in jobs if job[0] in CPU_LANE]
            other_lane = [job for job in jobs if job[0] not in CPU_LANE]
            lock = threading.Lock()

            def run_lane(lane):
                for name, path in lane:
                    check = run_check(name, path)
                    with lock:
                        cls.checks[name] = check

            started = time.monotonic()
            with ThreadPoolExecutor(max_workers=2) as pool:
                for future in [pool.submit(run_lane, cpu_lane), pool.submit(run_lane, other_lane)]:
                    future.result()
            # A check that the machine starved of CPU until the wall-clock limit
            # shows nothing about its scenario: once more, alone.
            for name, path in jobs:
                if starved(cls.checks[name]):
                    cls.starved_first[name] = cls.checks[name]
                    cls.checks[name] = run_check(name, path)
            cls.wall_seconds = time.monotonic() - started
        finally:
            remove_evidence(TMP_MARKER)
            shutil.rmtree(copies_dir, ignore_errors=True)
            cls.listeners.close()
        # Anything still below us once every check is over outlived its check.
        known = {pid for c in cls.checks.values() for pid in c.alive_after_check}
        for pid, state, cmdline in descendants():
            if pid not in known:
                cls.orphans.append((pid, state, cmdline))
            kill_descendant(pid)
        # Files an escaped write left behind: recorded, then removed (they carry our token).
        cls.tmp_after = {n for n in dir_names("/tmp") if RUN_TOKEN in n}
        cls.exercise_dir_after = dir_names(PROBE)
        for name in cls.checks:
            found = files_made_by(name)
            if found:
                cls.evidence_files[name] = found
                for path in found:
                    remove_evidence(path)

    @classmethod
    def tearDownClass(cls):
        print("\ncontainment checks: %.1f s of wall time for %d checks" % (cls.wall_seconds, len(cls.checks)))
        if cls.starved_first:
            print("run again after a wall-clock kill with under %d ms of CPU (a loaded machine): %s"
                  % (STARVED_CPU_MS, ", ".join(sorted(cls.starved_first))))

    # ----- helpers ------------------------------------------------------------------

    def check(self, name, exit_codes=(1,)):
        """The check's report, after asserting it finished and printed valid JSON."""
        c = self.checks[name]
        if name in self.starved_first and starved(c):
            self.skipTest("%s: killed at the wall-clock limit with under %d ms of CPU, twice: the machine is too loaded"
                          % (name, STARVED_CPU_MS))
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

    def assertOnlySentinel(self, c):
        """Nothing was printed after the hostile line: it did not get what it was after."""
        for t in c.report["tests"]:
            self.assertEqual(t["stdout"], "SENTINEL %s\n" % c.name, "%s, test %r: stdout" % (c.name, t["name"]))

    def assertNoEscape(self, c):
        """No file with the scenario's token outside its scratch dir, nothing reached a listener."""
        self.assertEqual(self.evidence_files.get(c.name, []), [], "%s: files written outside the scratch dir" % c.name)
        self.assertEqual(self.listeners.contacts_of(c.name), [], "%s: a listener outside the sandbox was reached" % c.name)
        self.assertEqual(c.leftovers, [], "%s: files left in the judge's TMPDIR" % c.name)

    # Landlock refuses (EACCES) or the private root has no such path (ENOENT).
    NOT_THERE_OR_DENIED = r"(PermissionError|FileNotFoundError): \[Errno (1|2|13)\]"

    def assertDenied(self, c, error=NOT_THERE_OR_DENIED):
        """runtime_error in every test: the hostile line raised `error`, and nothing came of it."""
        c = self.check(c)
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertOnlySentinel(c)
        for t in c.report["tests"]:
            self.assertEqual(t["verdict"], "runtime_error", "%s, test %r: %s" % (c.name, t["name"], t.get("message")))
            self.assertRegex(t["details"], error)
            self.assertIn('File "%s"' % c.solution, t["details"])  # the path given to check, not the module's name
        self.assertNoEscape(c)
        return c

    def assertTrapped(self, c, call):
        """sandbox_violation in every test, the message naming the trapped call (a regex)."""
        return self.assertViolation(c, r"^(%s) \(.+\) is not allowed in the sandbox$" % call)

    def assertTrappedUnnamed(self, c):
        """sandbox_violation in every test for a trap that killed while SIGSYS was blocked."""
        return self.assertViolation(c, r"^a blocked system call \(.+\) is not allowed in the sandbox$")

    def assertViolation(self, c, message):
        """sandbox_violation in every test, each message matching `message`, and no escape."""
        c = self.check(c)
        self.assertVerdict(c, "sandbox_violation")
        self.assertSentinel(c)
        self.assertOnlySentinel(c)
        for t in c.report["tests"]:
            self.assertEqual(t["verdict"], "sandbox_violation", "%s, test %r: %s" % (c.name, t["name"], t.get("message")))
            self.assertRegex(t["message"], message)
        self.assertNoEscape(c)
        return c

    def assertAccepted(self, c):
        """Not an attack: the sandbox must let it work."""
        c = self.check(c, exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "accepted")
        self.assertEqual(c.report["score"], 1.0)
        self.assertNoEscape(c)
        return c

