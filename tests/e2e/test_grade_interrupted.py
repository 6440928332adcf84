"""`pyjudge grade` stopped half-way: SIGINT (a Ctrl-C to the whole process
group, as a terminal sends it) and SIGTERM (a cancelled CI job) give
reports that are valid and say they are incomplete; `--resume JOURNAL`
finishes the run with the reports an uninterrupted run writes; so does it
after `kill -9`. The batch fingerprint keeps journals and shards to their
batch. A runner killed mid-job leaves no scratch folder behind."""
import csv
import io
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
from grade_batch import load_json, write_batch  # noqa: E402

XSD = cli.ROOT / "tests" / "fixtures" / "junit.xsd"
QUICK = "def run():\n    return 42\n"
SLOW = "import time\n\ndef run():\n    time.sleep(0.8)\n    return 42\n"  # two tests: about 1.6 s a submission
# With -j 1 they are graded in this order; a signal after the second finds the third running.
BATCH = {"a/probe.py": QUICK, "b/probe.py": QUICK, "c/probe.py": SLOW, "d/probe.py": SLOW, "e/probe.py": QUICK}
REPORTS = ("r.json", "r.xml", "r.csv")


class GradeInterruptedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-grade-interrupted-"))
        cls.catalog = cls.tmp / "exercises"
        shutil.copytree(cli.FIXTURES / "probe", cls.catalog / "probe")
        cls.subs = write_batch(cls.tmp / "subs", BATCH)
        cls.whole = cls.tmp / "whole"  # the uninterrupted run every other run must end up equal to
        proc = cls.grade(cls.whole)
        proc.wait(timeout=300)
        assert proc.returncode == 0, proc.stderr.read()
        proc.stderr.close()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def setUp(self):
        self.tmpdir = pathlib.Path(tempfile.mkdtemp(prefix="tmpdir-", dir=self.tmp))  # the runners' $TMPDIR

    @classmethod
    def grade(cls, out, *extra, tmpdir=None):
        """Starts `pyjudge grade` in its own process group; progress on stderr."""
        out.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, TMPDIR=str(tmpdir or cls.tmp))
        return subprocess.Popen([cli.PYJUDGE, "grade", cls.subs, "--exercises", cls.catalog, "-j", "1", "--no-timings",
                                 "--json", out / "r.json", "--junit", out / "r.xml", "--csv", out / "r.csv", *extra],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                                start_new_session=True)

    def stop_after_two(self, out, send):
        """Grades into `out`, calls send(proc) once two submissions are done; returns (exit code, stderr)."""
        proc = self.grade(out, tmpdir=self.tmpdir)
        lines = cli.Lines(proc.stderr)
        try:
            lines.wait_for(r"^graded 2/5")
            send(proc)
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        text = lines.rest()
        proc.stderr.close()
        return code, text

    def assert_incomplete(self, out, code, stderr, expected_code):
        self.assertEqual(code, expected_code, stderr)
        report = load_json(out / "r.json")
        self.assertEqual((report["complete"], report["progress"]), (False, {"done": 2, "planned": 5}))
        self.assertEqual([s["path"] for s in report["submissions"]], ["a/probe.py", "b/probe.py"])
        self.assertEqual(report["summary"]["submissions"], 2)
        xsd = subprocess.run(["xmllint", "--noout", "--schema", str(XSD), str(out / "r.xml")], capture_output=True, text=True)
        self.assertEqual(xsd.returncode, 0, xsd.stderr)
        junit = (out / "r.xml").read_text()
        self.assertIn('<error type="incomplete" message="incomplete: 2 of 5 submissions graded', junit)
        rows = list(csv.reader(io.StringIO((out / "r.csv").read_text(), newline="")))
        self.assertEqual(rows[0], ["submitter", "probe", "total (of 1)", "notes"])
        self.assertEqual([row[:3] for row in rows[1:]], [["a", "1", "1"], ["b", "1", "1"], ["c", "pending", "0"],
                                                          ["d", "pending", "0"], ["e", "pending", "0"]])
        self.assertTrue(all(row[3].startswith("incomplete: 2 of 5") for row in rows[1:]))
        journal = out / "r.json.journal"
        self.assertIn(f"--resume {journal}", stderr)
        self.assertEqual(len(journal.read_text().splitlines()), 3)  # the header and two submissions
        self.assertEqual(list(self.tmpdir.iterdir()), [])  # the running runner was stopped and its folder removed

    def assert_same_as_whole(self, out):
        for name in REPORTS:
            self.assertEqual((out / name).read_bytes(), (self.whole / name).read_bytes(), name)

    def resume(self, out):
        proc = self.grade(out, "--resume", out / "r.json.journal")
        stderr = proc.stderr.read()
        proc.stderr.close()
        self.assertEqual(proc.wait(timeout=300), 0, stderr)
        self.assertIn("holds 2 results", stderr)
        self.assertFalse((out / "r.json.journal").exists())  # every report is written: the journal goes

    def test_sigint_writes_incomplete_reports_and_resume_finishes_them(self):
        out = self.tmp / "sigint"
        (out).mkdir()
        (out / "r.json").write_text('{"an older report": "must not look current"}')
        code, stderr = self.stop_after_two(out, lambda proc: os.killpg(proc.pid, signal.SIGINT))
        self.assert_incomplete(out, code, stderr, 128 + signal.SIGINT)
        self.assertIn("stopped by SIGINT", stderr)
        self.resume(out)
        self.assert_same_as_whole(out)

    def test_sigterm_writes_incomplete_reports(self):
        out = self.tmp / "sigterm"
        code, stderr = self.stop_after_two(out, lambda proc: proc.send_signal(signal.SIGTERM))
        self.assert_incomplete(out, code, stderr, 128 + signal.SIGTERM)
        self.assertIn("stopped by SIGTERM", stderr)

    def test_kill_9_then_resume_gives_the_uninterrupted_reports(self):
        out = self.tmp / "killed"
        code, _ = self.stop_after_two(out, lambda proc: proc.send_signal(signal.SIGKILL))
        self.assertEqual(code, -signal.SIGKILL)
        self.assertFalse((out / "r.json").exists())
        self.assertGreaterEqual(len((out / "r.json.journal").read_text().splitlines()), 3)  # flushed as each finished
        self.resume(out)
        self.assert_same_as_whole(out)

    def test_a_journal_of_another_batch_is_refused(self):
        out = self.tmp / "other-batch"
        code, _ = self.stop_after_two(out, lambda proc: proc.send_signal(signal.SIGTERM))
        self.assertEqual(code, 128 + signal.SIGTERM)
        changed = self.tmp / "changed-subs"
        shutil.copytree(self.subs, changed)
        (changed / "e" / "probe.py").write_text(QUICK + "# changed\n")
        proc = cli.run("grade", changed, "--exercises", self.catalog, "--json", out / "r2.json",
                       "--resume", out / "r.json.journal")
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn("the journal of another batch", proc.stderr)
        self.assertFalse((out / "r2.json").exists())

    def test_merge_refuses_shards_of_two_batches_and_incomplete_shards(self):
        other = self.tmp / "other-subs"
        shutil.copytree(self.subs, other)
        (other / "a" / "probe.py").write_text(QUICK + "# another batch\n")
        shards = []
        for index, subs in ((0, self.subs), (1, other)):
            out = self.tmp / f"shard{index}.json"
            proc = cli.run("grade", subs, "--exercises", self.catalog, "--shard", f"{index}/2", "--json", out, "-q")
            self.assertEqual(proc.returncode, 0, proc.stderr)
            shards.append(out)
        proc = cli.run("merge", *shards, "--json", self.tmp / "merged.json")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("is a report of another batch", proc.stderr)
        self.assertFalse((self.tmp / "merged.json").exists())
        # The same shard of a stopped run: complete: false.
        incomplete = self.tmp / "sigterm-shard"
        code, _ = self.stop_after_two(incomplete, lambda proc: proc.send_signal(signal.SIGTERM))
        self.assertEqual(code, 128 + signal.SIGTERM)
        proc = cli.run("merge", incomplete / "r.json", "--json", self.tmp / "merged.json")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("is incomplete (2 of 5 submissions graded)", proc.stderr)

    def test_a_runner_killed_mid_job_leaves_no_scratch_folder(self):
        out = self.tmp / "runner-killed"
        proc = self.grade(out, tmpdir=self.tmpdir)
        lines = cli.Lines(proc.stderr)
        try:
            lines.wait_for(r"^graded 2/5")  # c's slow job is running: its runner holds a scratch dir
            runner = self.runner_with_scratch_dir(proc.pid, timeout=30)
            os.kill(runner, signal.SIGKILL)
            self.assertEqual(proc.wait(timeout=300), 0, lines.rest())
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        proc.stderr.close()
        report = load_json(out / "r.json")
        self.assertEqual({s["path"]: s["verdict"] for s in report["submissions"]}["c/probe.py"], "accepted")
        self.assertIn("the runner failed", next(s for s in report["submissions"] if s["path"] == "c/probe.py")["retried"])
        self.assertEqual(list(self.tmpdir.iterdir()), [])

    def runner_with_scratch_dir(self, judge, timeout):
        """The pid of a runner of `judge` whose $TMPDIR holds a submission's scratch dir now."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                    environ = (stat.parent / "environ").read_bytes().split(b"\0")
                except OSError:
                    continue
                if int(fields[1]) != judge:  # its parent
                    continue
                for entry in environ:
                    if entry.startswith(b"TMPDIR=") and any(pathlib.Path(entry[7:].decode()).iterdir()):
                        return int(stat.parent.name)
            time.sleep(0.05)
        self.fail("no runner with a scratch dir")

if __name__ == "__main__":
    unittest.main()
