"""`pyjudge exercism SLUG INPUT_DIR OUTPUT_DIR`: the Exercism test-runner
interface. results.json validates against a JSON schema written from the
interface (tests/fixtures/exercism-results-v3.schema.json) for a passing, a
failing and an erroring solution, and the runner exits 0 for all three."""
import json
import os
import pathlib
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
import exercism_schema  # noqa: E402

FIND = cli.EXERCISES / "find-duplicates"


class SchemaTest(unittest.TestCase):
    """The schema itself holds the interface's required fields."""

    def test_a_complete_v3_document_is_valid(self):
        document = {"version": 3, "status": "fail", "message": None, "tests": [
            {"name": "adds two numbers", "status": "fail", "message": "Expected 4 but got 5",
             "output": "debug print", "test_code": "assert add(2, 2) == 4", "task_id": 1},
            {"name": "adds nothing", "status": "pass"}]}
        self.assertEqual(exercism_schema.errors(document), [])

    def test_documents_breaking_the_interface_are_not(self):
        good = {"version": 3, "status": "pass", "message": None, "tests": [{"name": "t", "status": "pass"}]}
        broken = {
            "no version": {k: v for k, v in good.items() if k != "version"},
            "version 2": {**good, "version": 2},
            "no status": {k: v for k, v in good.items() if k != "status"},
            "an unknown status": {**good, "status": "passed"},
            "no tests": {k: v for k, v in good.items() if k != "tests"},
            "error without a message": {**good, "status": "error", "message": None},
            "pass with a failed test": {**good, "tests": [{"name": "t", "status": "fail"}]},
            "fail with every test passed": {**good, "status": "fail"},
            "a test without a name": {**good, "tests": [{"status": "pass"}]},
            "a misspelt key": {**good, "tests": [{"name": "t", "status": "pass", "test_cod": "x"}]},
            "output over 500 characters": {**good, "tests": [{"name": "t", "status": "pass", "output": "x" * 501}]},
        }
        for what, document in broken.items():
            with self.subTest(what):
                self.assertTrue(exercism_schema.errors(document), what)


class ExercismRunnerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-exercism-test-"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_runner(self, source, slug="find-duplicates", module="find_duplicates"):
        """Runs the interface's command line (folders with trailing slashes); returns (exit code, results.json)."""
        name = source.stem if isinstance(source, pathlib.Path) else "text"
        solution_dir, output_dir = self.tmp / name / "solution", self.tmp / name / "output"
        solution_dir.mkdir(parents=True)
        output_dir.mkdir()
        if source is not None:
            text = source.read_text(encoding="utf-8") if isinstance(source, pathlib.Path) else source
            (solution_dir / f"{module}.py").write_text(text, encoding="utf-8")
        proc = cli.run("exercism", slug, f"{solution_dir}/", f"{output_dir}/")
        results = json.loads((output_dir / "results.json").read_text(encoding="utf-8"))
        return proc.returncode, results

    def assert_valid(self, results):
        self.assertEqual(exercism_schema.errors(results), [])

    def test_a_passing_solution(self):
        code, results = self.run_runner(FIND / "solution.py")
        self.assertEqual(code, 0)
        self.assert_valid(results)
        self.assertEqual(results["status"], "pass")
        self.assertEqual(len(results["tests"]), len(cli.run_json("check", "find-duplicates", FIND / "solution.py",
                                                                 "--no-record")[0]["tests"]))

    def test_a_failing_solution(self):
        code, results = self.run_runner(FIND / "wrong" / "reports_every_repeat.py")
        self.assertEqual(code, 0)
        self.assert_valid(results)
        self.assertEqual(results["status"], "fail")
        failed = [t for t in results["tests"] if t["status"] == "fail"]
        self.assertTrue(failed)
        for test in failed:
            if test["test_code"].startswith("# a hidden test"):
                self.assertEqual(test["message"], "wrong answer")
        # The same document `check --format exercism` prints, which exits 1 for it.
        proc = cli.run("check", "find-duplicates", FIND / "wrong" / "reports_every_repeat.py", "--format", "exercism",
                       "--no-record")
        self.assertEqual((proc.returncode, json.loads(proc.stdout)), (1, results))

    def test_an_erroring_solution(self):
        code, results = self.run_runner("def find_duplicates(numbers)\n    return []\n")
        self.assertEqual(code, 0)
        self.assert_valid(results)
        self.assertEqual(results["status"], "error")
        self.assertIn("find_duplicates.py, line 1", results["message"])

    def test_a_missing_solution_file_is_an_error_result(self):
        code, results = self.run_runner(None)
        self.assertEqual(code, 0)
        self.assert_valid(results)
        self.assertEqual(results["status"], "error")
        self.assertEqual(results["message"], "no find_duplicates.py in the solution folder")

    def test_bad_folders_and_an_unknown_exercise_are_usage_errors(self):
        folder = self.tmp / "in"
        folder.mkdir()
        proc = cli.run("exercism", "find-duplicates", folder, self.tmp / "no-output")
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"the output folder {self.tmp / 'no-output'} is not a folder", proc.stderr)
        proc = cli.run("exercism", "find-duplicates", self.tmp / "no-input", folder)
        self.assertEqual(proc.returncode, 2)
        proc = cli.run("exercism", "find-duplicatez", folder, folder)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("did you mean: find-duplicates", proc.stderr)
        self.assertEqual(list(folder.iterdir()), [])


if __name__ == "__main__":
    unittest.main()
