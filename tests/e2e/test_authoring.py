"""Author commands end to end: `new`, `validate`, `verify` (text and JSON,
exit codes, runs), on temporary copies of fixtures."""
import os
import pathlib
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

DEMO = cli.FIXTURES / "verify-demo"


def read(path):
    return pathlib.Path(path).read_text(encoding="utf-8")


def write(path, text):
    pathlib.Path(path).write_text(text, encoding="utf-8")


class AuthoringTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-authoring-test-"))
        self.env = {"NO_COLOR": "1", "XDG_DATA_HOME": str(self.tmp / "data")}

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def copy(self, source, name):
        target = self.tmp / name
        shutil.copytree(source, target)
        return target

    # ----- new ---------------------------------------------------------------

    def test_new_scaffolds_a_valid_exercise_whose_placeholders_fail(self):
        proc = cli.run("new", "two-sum", "--dir", self.tmp, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        folder = self.tmp / "two-sum"
        for name in ("exercise.yaml", "tests.yaml", "solution.py", "wrong/returns_none.py"):
            self.assertTrue((folder / name).is_file(), name)
            self.assertIn(name, proc.stdout)
        self.assertIn("module: two_sum", read(folder / "exercise.yaml"))

        proc = cli.run("validate", folder, env=self.env)
        self.assertEqual((proc.returncode, proc.stdout), (0, "validated 1 exercise: no errors\n"))

        # The reference raises NotImplementedError: verify fails and says where to write it.
        proc = cli.run("verify", folder, env=self.env)
        self.assertEqual(proc.returncode, 1, proc.stdout)
        self.assertIn("the reference solution got runtime_error, not accepted", proc.stdout)
        self.assertIn(f"NotImplementedError: TODO: write the reference solution in {folder / 'solution.py'}", proc.stdout)

        # A real reference still fails the placeholder tests until they are written.
        write(folder / "solution.py", "def two_sum(*args):\n    return 42\n")
        report, code = cli.run_json("verify", folder, env=self.env)
        self.assertEqual(code, 1)
        reference = report["exercises"][0]["reference"]
        self.assertEqual(reference["verdict"], "wrong_answer")
        self.assertEqual({f["name"] for f in reference["failing"]}, {"TODO: a first example", "TODO: a first hidden test"})

    def test_new_never_overwrites_and_checks_the_slug(self):
        (self.tmp / "taken").mkdir()
        proc = cli.run("new", "taken", "--dir", self.tmp, env=self.env)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("already exists; pyjudge new never overwrites an exercise", proc.stderr)
        self.assertEqual(list((self.tmp / "taken").iterdir()), [])
        for bad in ("Two_Sum", "two sum", "x-"):
            proc = cli.run("new", bad, "--dir", self.tmp, env=self.env)
            self.assertEqual(proc.returncode, 2, bad)
            self.assertIn("is not a valid exercise slug", proc.stderr)

    # ----- validate ----------------------------------------------------------

    def test_validate_reports_every_error_in_one_pass(self):
        ex = self.copy(DEMO, "broken")
        write(ex / "tests.yaml", read(ex / "tests.yaml").replace("  expect: 6\n", "  expcet: 6\n"))
        write(ex / "exercise.yaml", read(ex / "exercise.yaml")
              .replace("difficulty: easy", "difficulty: trivial").replace("forbid_names: [eval]", "forbid_names: [eval, global]"))
        write(ex / "wrong" / "spins.py", "# expect: time_limit_exeeded\n" + read(ex / "wrong" / "spins.py").split("\n", 1)[1])
        write(ex / "wrong" / "no_header.py", "def double(x):\n    return 0\n")
        (ex / "solution.py").unlink()
        proc = cli.run("validate", ex, env=self.env)
        self.assertEqual(proc.returncode, 2)
        lines = proc.stdout.splitlines()
        expected = [
            f"{ex}/exercise.yaml:4:13: difficulty must be easy, medium or hard",
            f"{ex}/exercise.yaml:27:24: rules.forbid_names: 'global' is a Python keyword; a rule matches a name or dotted name, "
            "e.g. eval or functools.lru_cache, never a keyword",
            f"{ex}/tests.yaml:5:3: unknown key 'expcet' in a test (did you mean 'expect'?)",
            f"{ex}/tests.yaml:3:3: a test needs at least one of 'expect', 'raises' or 'stdout'",
            f"{ex}/exercise.yaml:1:1: missing {ex}/solution.py: every exercise needs a reference solution",
            f"{ex}/wrong/no_header.py:1:1: line 1 must be `# expect: <verdict>` (one of wrong_answer, runtime_error, "
            "time_limit_exceeded, memory_limit_exceeded, output_limit_exceeded, syntax_error, rule_violation, "
            "sandbox_violation), not 'def double(x):'",
            f"{ex}/wrong/spins.py:1:11: unknown verdict 'time_limit_exeeded' (did you mean 'time_limit_exceeded'?)",
        ]
        self.maxDiff = None
        self.assertEqual(lines[:-1], expected)
        self.assertEqual(lines[-1], "validated 1 exercise: 7 errors in 1 exercise")

    def test_validate_takes_folders_of_exercises_and_slugs(self):
        catalog = self.tmp / "catalog"
        catalog.mkdir()
        self.copy(DEMO, "catalog/verify-demo")
        self.copy(cli.FIXTURES / "rules", "catalog/rules")
        proc = cli.run("validate", catalog, env=self.env)
        self.assertEqual((proc.returncode, proc.stdout.splitlines()[-1]), (0, "validated 2 exercises: no errors"))
        proc = cli.run("validate", "--exercises", catalog, env=self.env)  # no paths: the whole catalog
        self.assertEqual((proc.returncode, proc.stdout), (0, "validated 2 exercises: no errors\n"))
        proc = cli.run("validate", "rules", "--exercises", catalog, env=self.env)
        self.assertEqual((proc.returncode, proc.stdout), (0, "validated 1 exercise: no errors\n"))
        proc = cli.run("validate", "no-such-exercise", "--exercises", catalog, env=self.env)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("no exercise named 'no-such-exercise'", proc.stderr)

    # ----- verify ------------------------------------------------------------

    def test_verify_text_report_shows_the_matrix_calibration_and_warnings(self):
        proc = cli.run("verify", DEMO, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stdout)
        out = proc.stdout
        self.assertIn("verify-demo  ok (3 warnings)", out)
        self.assertIn("reference  accepted (3 runs)", out)
        self.assertIn("wrong solutions  e1 e2 | 1  2  3  4  5   verdict", out)
        self.assertRegex(out, r"only_ints\.py +\.  W  \| \.  \.  \.  \.  \.  +wrong_answer  ok\n")
        self.assertRegex(out, r"plus_two\.py +\.  \.  \| W  \.  W  W  W  +wrong_answer  ok\n")
        self.assertRegex(out, r"spins\.py +\.  \.  \| \.  \.  \.  T  \.  +time_limit_exceeded  ok\n")  # a CPU time-out is final: one run
        self.assertRegex(out, r"uses_eval\.py +\(no test ran\) +rule_violation  ok\n")
        self.assertRegex(out, r"\n    4   seven +\d+ / 300 ms\n")
        self.assertIn("- wrong/only_ints.py is caught only by visible examples (e2): add a hidden test for this mistake", out)
        self.assertIn("- test 2 'two again' catches nothing: no known-wrong solution fails it", out)
        self.assertIn("- the starter code passes test 3 'zero': the test is too weak", out)
        self.assertTrue(out.endswith("verified 1 exercise: 1 ok, 0 failed, 0 invalid, 3 warnings\n"), out[-200:])

    def test_verify_json_report(self):
        report, code = cli.run_json("verify", DEMO, "--repeat", "2", env=self.env)
        self.assertEqual(code, 0)
        self.assertEqual(report["summary"], {"exercises": 1, "ok": 1, "failed": 0, "invalid": 0, "warnings": 3})
        ex = report["exercises"][0]
        self.assertEqual((ex["exercise"], ex["ok"], ex["errors"], ex["failures"]), ("verify-demo", True, [], []))
        self.assertEqual(ex["reference"]["runs"], ["accepted", "accepted"])
        self.assertEqual([t["label"] for t in ex["tests"]], ["e1", "e2", "1", "2", "3", "4", "5"])
        seven = ex["tests"][5]
        self.assertEqual((seven["name"], seven["cpu_limit_ms"], seven["caught_by"]), ("seven", 300, ["wrong/plus_two.py", "wrong/spins.py"]))
        self.assertLess(seven["reference_max_cpu_ms"], 300)
        self.assertGreater(ex["tests"][6]["reference_max_cpu_ms"], 0)  # "many" does measurable work
        wrong = {w["file"]: w for w in ex["wrong"]}
        self.assertEqual(wrong["wrong/spins.py"]["runs"], ["time_limit_exceeded"])  # a CPU time-out is final: one run
        self.assertEqual(wrong["wrong/plus_two.py"]["runs"], ["wrong_answer"])
        self.assertEqual(wrong["wrong/plus_two.py"]["caught_by"], ["1", "3", "4", "5"])
        self.assertTrue(wrong["wrong/uses_eval.py"]["decided_before_tests"])
        self.assertEqual(wrong["wrong/uses_eval.py"]["caught_by"], [])
        self.assertEqual(ex["starter"]["passes"], ["3"])
        self.assertEqual(sorted(w["kind"] for w in ex["warnings"]),
                         ["catches_nothing", "caught_only_by_examples", "starter_passes"])

    def test_verify_fails_when_a_wrong_solution_gets_another_verdict_or_the_reference_fails(self):
        ex = self.copy(DEMO, "verify-demo")
        write(ex / "wrong" / "plus_two.py", read(ex / "wrong" / "plus_two.py").replace("wrong_answer", "runtime_error"))
        proc = cli.run("verify", ex, env=self.env)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("verify-demo  FAILED", proc.stdout)
        self.assertIn("- wrong/plus_two.py: expected runtime_error, got wrong_answer\n        1 'three': wrong_answer: wrong answer\n"
                      "          expected: 6\n          actual:   5\n", proc.stdout)

        write(ex / "wrong" / "plus_two.py", read(DEMO / "wrong" / "plus_two.py"))
        write(ex / "solution.py", "def double(x):\n    return x * 2 if x != 0 else 1\n")
        proc = cli.run("verify", ex, env=self.env)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("- the reference solution got wrong_answer, not accepted\n        3 'zero': wrong_answer", proc.stdout)

    def test_verify_reports_an_invalid_exercise_and_goes_on(self):
        catalog = self.tmp / "catalog"
        self.copy(DEMO, "catalog/good")
        bad = self.copy(DEMO, "catalog/bad")
        write(bad / "tests.yaml", "- name: x\n  call: double(1)\n")
        proc = cli.run("verify", "--all", "--exercises", catalog, "-j", "2", env=self.env)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("bad  INVALID\n  " + str(bad / "tests.yaml") + ":1:3: a test needs at least one of", proc.stdout)
        self.assertIn("good  ok (3 warnings)", proc.stdout)
        self.assertIn("verified 2 exercises: 1 ok, 0 failed, 1 invalid, 3 warnings", proc.stdout)

    def test_verify_usage(self):
        proc = cli.run("verify", env=self.env)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("name the exercises to verify, or use --all", proc.stderr)
        proc = cli.run("verify", DEMO, "--all", env=self.env)
        self.assertEqual(proc.returncode, 2)
        proc = cli.run("verify", DEMO, "--repeat", "0", env=self.env)
        self.assertEqual(proc.returncode, 2)


if __name__ == "__main__":
    unittest.main()
