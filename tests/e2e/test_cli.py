"""The check command's contract: exit codes, reports, errors."""
import json
import os
import pathlib
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

SOLUTION = cli.EXERCISES / "find-duplicates" / "solution.py"
WRONG = cli.EXERCISES / "find-duplicates" / "wrong" / "reports_every_repeat.py"


class CheckCommandTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-cli-test-"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_accepted_json_report_has_the_documented_fields(self):
        report, code = cli.check_json("find-duplicates", SOLUTION)
        self.assertEqual(code, 0)
        self.assertEqual(report["verdict"], "accepted")
        self.assertEqual(report["exercise"], "find-duplicates")
        self.assertEqual(report["score"], 1.0)
        self.assertIn("rlimits", report["sandbox_layers"])
        for test in report["tests"]:
            for key in ("name", "visible", "verdict", "cpu_ms", "wall_ms", "peak_kb", "message"):
                self.assertIn(key, test)
            self.assertGreater(test["peak_kb"], 0)

    def test_wrong_answer_exits_1_and_hides_hidden_details(self):
        report, code = cli.check_json("find-duplicates", WRONG)
        self.assertEqual(code, 1)
        self.assertEqual(report["verdict"], "wrong_answer")
        hidden = [t for t in report["tests"] if not t["visible"] and t["verdict"] == "wrong_answer"]
        self.assertTrue(hidden)
        for test in hidden:  # the keys visible tests have, always empty
            self.assertEqual((test["details"], test["stdout"], test["stderr"]), ("", "", ""))

    def test_visible_failure_shows_a_diff_in_the_terminal(self):
        bad = self.tmp / "bad.py"
        bad.write_text("def find_duplicates(numbers):\n    return [99]\n")
        proc = cli.run("check", "find-duplicates", bad, env={"NO_COLOR": "1"})
        self.assertEqual(proc.returncode, 1)
        self.assertIn("expected: [1, 2]", proc.stdout)
        self.assertIn("actual:   [99]", proc.stdout)
        self.assertNotIn("\033[", proc.stdout)

    def test_exercise_given_as_a_folder(self):
        report, code = cli.check_json(cli.EXERCISES / "lru-cache", cli.EXERCISES / "lru-cache" / "solution.py")
        self.assertEqual((report["verdict"], code), ("accepted", 0))

    def test_unknown_exercise_lists_close_matches(self):
        proc = cli.run("check", "find-duplicate", SOLUTION)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("no exercise named 'find-duplicate'", proc.stderr)
        self.assertIn("did you mean: find-duplicates", proc.stderr)

    def test_missing_solution_file_is_a_usage_error(self):
        proc = cli.run("check", "find-duplicates", self.tmp / "nope.py")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("cannot read the solution file", proc.stderr)

    def test_broken_spec_names_file_line_and_column(self):
        exercise = self.tmp / "broken"
        shutil.copytree(cli.EXERCISES / "find-duplicates", exercise)
        text = (exercise / "tests.yaml").read_text()
        (exercise / "tests.yaml").write_text(text + "- name: extra\n  call: find_duplicates([])\n  expcet: []\n")
        line = len(text.splitlines()) + 3
        proc = cli.run("check", exercise, SOLUTION)
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"tests.yaml:{line}:3: unknown key 'expcet' in a test (did you mean 'expect'?)", proc.stderr)

    def test_syntax_error_reports_the_line(self):
        bad = self.tmp / "syntax.py"
        bad.write_text("def find_duplicates(numbers):\n    return [\n\ndef x(:\n")
        report, code = cli.check_json("find-duplicates", bad)
        self.assertEqual((report["verdict"], code), ("syntax_error", 1))
        self.assertRegex(report["message"], "^" + re.escape(str(bad)) + r", line \d+, column \d+: ")
        self.assertEqual(report["score"], 0.0)

    def test_a_missing_runner_is_an_internal_error(self):
        proc = cli.run("check", "find-duplicates", SOLUTION, env={"PYJUDGE_RUNNER": str(self.tmp / "no-runner")})
        self.assertEqual(proc.returncode, 3)
        self.assertIn("internal error", proc.stderr)

    def test_a_runner_that_dies_gives_internal_error_not_a_crash(self):
        fake = self.tmp / "fake-runner"
        fake.write_text("#!/bin/sh\nprintf 'garbage'\nexit 0\n")
        fake.chmod(0o755)
        proc = cli.run("check", "find-duplicates", SOLUTION, "--format", "json", env={"PYJUDGE_RUNNER": str(fake)})
        self.assertEqual(proc.returncode, 3)
        report = json.loads(proc.stdout)
        self.assertEqual(report["verdict"], "internal_error")
        self.assertTrue(all(t["verdict"] == "internal_error" for t in report["tests"]))

    def test_exercise_values_never_reach_the_runner(self):
        """Invariant 1: the job the runner receives has code and limits only."""
        capture = self.tmp / "job.bin"
        spy = self.tmp / "spy-runner"
        spy.write_text("#!/usr/bin/python3\nimport struct, sys\n"
                       "n = struct.unpack('<I', sys.stdin.buffer.read(4))[0]\n"
                       f"open({str(capture)!r}, 'wb').write(sys.stdin.buffer.read(n))\n")
        spy.chmod(0o755)
        cli.run("check", "retry-decorator", cli.EXERCISES / "retry-decorator" / "solution.py",
                env={"PYJUDGE_RUNNER": str(spy)})
        job = capture.read_bytes()
        self.assertIn(b"retry", job)
        self.assertNotIn(b'"expect"', job)
        self.assertNotIn(b'"raises"', job)
        self.assertNotIn(b'"stdout"', job)


class TopLevelTimeoutTest(unittest.TestCase):
    """A solution whose top level never finishes times out in every test, but
    tests with no larger limits than one that already timed out are not run."""

    TESTS = "".join(f"- name: t{i}\n  call: run()\n  expect: 42\n" for i in range(4)) + \
        "- name: roomier\n  call: run()\n  expect: 42\n  limits: {cpu_ms: 900, wall_ms: 3000}\n"

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-cli-test-"))
        self.exercise = self.tmp / "probe"
        shutil.copytree(pathlib.Path(__file__).parent / "fixtures" / "probe", self.exercise)
        spec = (self.exercise / "exercise.yaml").read_text()
        spec = spec.replace("cpu_ms: 1000", "cpu_ms: 300").replace("wall_ms: 2000", "wall_ms: 1500")
        (self.exercise / "exercise.yaml").write_text(spec.split("examples:")[0])
        (self.exercise / "tests.yaml").write_text(self.TESTS)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def check(self, source):
        solution = self.tmp / "probe.py"
        solution.write_text(source)
        report, code = cli.check_json(self.exercise, solution)
        self.assertEqual((report["verdict"], code), ("time_limit_exceeded", 1))
        return {t["name"]: t for t in report["tests"]}

    def test_tests_no_roomier_than_a_top_level_time_out_are_not_run(self):
        tests = self.check("def run():\n    return 42\n\nwhile True:\n    pass\n")
        ran = [name for name, t in tests.items() if t["cpu_ms"] > 0]
        skipped = [name for name, t in tests.items() if t["message"].startswith("not run: the solution's top level ran out of time")]
        self.assertTrue(all(t["verdict"] == "time_limit_exceeded" for t in tests.values()), tests)
        # check runs tests side by side, one per core: those started together all time out
        self.assertGreaterEqual(len(skipped), 4 - min(os.cpu_count(), 4), tests)
        self.assertEqual(sorted(ran + skipped), sorted(tests), tests)
        for name in ran:
            self.assertIn("in the solution's top level", tests[name]["message"])
            self.assertGreaterEqual(tests[name]["cpu_ms"], 280)
        self.assertIn("roomier", ran)  # a larger limit might have been enough: it runs
        self.assertGreaterEqual(tests["roomier"]["cpu_ms"], 850)
        self.assertTrue(all(tests[name]["cpu_ms"] == 0 for name in skipped))

    def test_a_time_out_inside_the_function_skips_nothing(self):
        tests = self.check("def run():\n    while True:\n        pass\n")
        for name, t in tests.items():
            self.assertEqual(t["verdict"], "time_limit_exceeded")
            self.assertNotIn("top level", t["message"])
            self.assertGreaterEqual(t["cpu_ms"], 280, name)


if __name__ == "__main__":
    unittest.main()
