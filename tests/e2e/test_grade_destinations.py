"""Report destinations of `pyjudge grade`: a missing folder, a path that is a
folder, an unwritable or a full file system stop the run before any
submission is graded, with the path and the reason; an earlier report is
left as it was and nothing is half-written. A report that fails while being
written (the disk fills during the run) does not stop the others, and the
journal writes it again without grading.

The full and read-only file systems are small tmpfs mounts: they need root
(this test is skipped, saying so, where mount is not allowed)."""
import os
import pathlib
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
from grade_batch import load_json, solution, write_batch  # noqa: E402

REAL_RUNNER = os.environ.get("PYJUDGE_RUNNER", str(cli.ROOT / "build" / "bin" / "pyjudge-runner"))
DYING_RUNNER = pathlib.Path(__file__).parent / "fixtures" / "dying_runner.py"
OLD = '{"an earlier report": true}\n'


class GradeDestinationsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-grade-destinations-"))
        self.addCleanup(shutil.rmtree, self.tmp)  # cleanups run last first: after the unmounts
        self.subs = write_batch(self.tmp / "subs", {"amy/vector.py": solution("vector"), "bob/vector.py": solution("vector")})
        # A runner that counts its starts: none means nothing was graded, not even the sandbox probe.
        self.state = self.tmp / "runner-state"
        self.state.mkdir()
        self.runner = self.tmp / "runner"
        self.runner.write_text(f"#!/bin/sh\nexec /usr/bin/python3 {DYING_RUNNER} {REAL_RUNNER} {self.state}\n")
        self.runner.chmod(self.runner.stat().st_mode | stat.S_IXUSR)

    def grade(self, *args):
        return cli.run("grade", self.subs, "-q", *args, env={"PYJUDGE_RUNNER": str(self.runner)})

    def runner_starts(self):
        starts = self.state / "starts"
        return len(starts.read_text().split()) if starts.exists() else 0

    def mount_tmpfs(self, name, size, read_only=False):
        if os.geteuid() != 0:
            self.skipTest("mounting a small tmpfs needs root")
        point = self.tmp / name
        point.mkdir()
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "pyjudge-test", str(point)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            self.skipTest(f"this host does not allow mounting a tmpfs: {proc.stderr.strip()}")
        self.addCleanup(subprocess.run, ["umount", "-l", str(point)])
        return point

    def fill(self, folder, leave_bytes=0):
        """Fills the file system of `folder`, then frees `leave_bytes` again."""
        filler = folder / "filler"
        with open(filler, "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"x" * 4096)
            except OSError:
                pass
        if leave_bytes:
            os.truncate(filler, max(0, filler.stat().st_size - leave_bytes))

    def assert_refused_before_grading(self, proc, *expected):
        self.assertEqual(proc.returncode, 2, proc.stderr)
        for text in expected:
            self.assertIn(text, proc.stderr)
        self.assertEqual(self.runner_starts(), 0)
        self.assertNotIn("graded", proc.stdout)

    def test_a_missing_folder_stops_the_run_before_grading_and_writes_nothing(self):
        ok_csv = self.tmp / "ok.csv"
        proc = self.grade("--json", "/nonexistent/r.json", "--csv", ok_csv)
        self.assert_refused_before_grading(proc, "cannot write the JSON report /nonexistent/r.json",
                                           "/nonexistent: No such file or directory")
        self.assertFalse(ok_csv.exists())
        self.assertEqual(sorted(p.name for p in self.tmp.iterdir()), ["runner", "runner-state", "subs"])

    def test_a_folder_in_place_of_a_report_stops_the_run(self):
        (self.tmp / "out.xml").mkdir()
        proc = self.grade("--junit", self.tmp / "out.xml")
        self.assert_refused_before_grading(proc, f"cannot write the JUnit report {self.tmp / 'out.xml'}: Is a directory")
        proc = self.grade("--csv", self.tmp / "g.csv", "--exercism", self.tmp / "subs" / "amy" / "vector.py" / "x")
        self.assert_refused_before_grading(proc, "cannot write the Exercism folder", "Not a directory")

    def test_an_unwritable_folder_stops_the_run_and_leaves_the_earlier_report(self):
        if os.geteuid() == 0:  # root writes through permissions: a read-only file system instead
            folder = self.mount_tmpfs("ro", "64k")
            (folder / "r.json").write_text(OLD)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            reason = "Read-only file system"
        else:
            folder = self.tmp / "ro"
            folder.mkdir()
            (folder / "r.json").write_text(OLD)
            folder.chmod(0o555)
            self.addCleanup(folder.chmod, 0o755)
            reason = "Permission denied"
        proc = self.grade("--json", folder / "r.json")
        self.assert_refused_before_grading(proc, f"cannot write the JSON report {folder / 'r.json'}: {reason}")
        self.assertEqual((folder / "r.json").read_text(), OLD)
        self.assertEqual(sorted(p.name for p in folder.iterdir()), ["r.json"])

    def test_a_full_file_system_stops_the_run_and_leaves_the_earlier_report(self):
        folder = self.mount_tmpfs("full", "64k")
        (folder / "r.json").write_text(OLD)
        self.fill(folder)
        proc = self.grade("--json", folder / "r.json")
        self.assert_refused_before_grading(proc, f"cannot write the JSON report {folder / 'r.json'}: No space left on device")
        self.assertEqual((folder / "r.json").read_text(), OLD)
        self.assertEqual(sorted(p.name for p in folder.iterdir()), ["filler", "r.json"])

    def test_a_disk_that_fills_during_the_run_fails_one_report_and_the_journal_writes_it_again(self):
        folder = self.mount_tmpfs("small", "64k")
        (folder / "r.json").write_text(OLD)
        self.fill(folder, leave_bytes=8192)  # room for the check's probe, not for the JSON report
        csv_report, journal = self.tmp / "g.csv", self.tmp / "run.journal"
        proc = self.grade("--json", folder / "r.json", "--csv", csv_report, "--journal", journal)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn(f"cannot write {folder / 'r.json'}: No space left on device", proc.stderr)
        self.assertIn(f"--resume {journal} to write the reports again", proc.stderr)
        self.assertEqual((folder / "r.json").read_text(), OLD)  # untouched, not cut short
        self.assertEqual(sorted(p.name for p in folder.iterdir()), ["filler", "r.json"])  # no temporary file left
        self.assertEqual(csv_report.read_text().splitlines()[1:], ["amy,1,1", "bob,1,1"])  # the other report is written
        starts = self.runner_starts()

        elsewhere = self.tmp / "r.json"
        proc = self.grade("--json", elsewhere, "--csv", csv_report, "--resume", journal)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(self.runner_starts(), starts + 1)  # the sandbox probe's runner: nothing graded again
        self.assertEqual([s["verdict"] for s in load_json(elsewhere)["submissions"]], ["accepted", "accepted"])
        self.assertFalse(journal.exists())


if __name__ == "__main__":
    unittest.main()
