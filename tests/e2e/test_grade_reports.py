"""The reports of `pyjudge grade`: JSON, JUnit XML (validated with xmllint
against tests/fixtures/junit.xsd), the CSV gradebook and Exercism v3
results.json; determinism across runs; shards merged equal the whole run."""
import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
import exercism_schema  # noqa: E402
from grade_batch import by_path, grade, load_json, masked, solution, write_batch, wrong  # noqa: E402

XSD = cli.ROOT / "tests" / "fixtures" / "junit.xsd"
REPORT_FILES = ["out.json", "out.xml", "out.csv"]

# Printed at import, so in every test: control characters, markup, bytes that
# are not UTF-8, and more than Exercism's 500 characters.
NOISY_VECTOR = ('import sys\nprint("ctl:\\x00\\x07\\x1b[31m <&> \\"q\\" ]]>" + "x" * 600)\nsys.stdout.flush()\n'
                'sys.stdout.buffer.write(b"\\xff\\xfe\\n")\n') + solution("vector")

BATCH = {
    "alice/vector.py": solution("vector"),
    "alice/slots-point.py": wrong("slots-point", "repr_uses_str"),
    "alice/shape-abc.py": "def broken(:\n",
    "bob/vector.py": NOISY_VECTOR,
    "bob/call-counter.py": wrong("call-counter", "no_initial_zero"),
    "bob/nonsense.py": "x = 1\n",
    "o'brien, jr/diamond-mro.py": solution("diamond-mro"),
    "=HYPERLINK(1)/timed-decorator.py": solution("timed-decorator"),
    "zoë/vector.py": wrong("vector", "zip_truncates"),
    "zoë/call-counter.py": solution("call-counter"),
}


def grade_into(subs, out, *extra):
    out.mkdir(parents=True, exist_ok=True)
    proc = grade(subs, "-j", "2", "--json", out / "out.json", "--junit", out / "out.xml", "--csv", out / "out.csv", *extra)
    if proc.returncode != 0:
        raise AssertionError(f"grade failed ({proc.returncode}): {proc.stdout}{proc.stderr}")
    return proc


class GradeReportsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-grade-reports-"))
        cls.subs = write_batch(cls.tmp / "subs", BATCH)
        cls.out = cls.tmp / "run1"
        grade_into(cls.subs, cls.out, "--exercism", cls.tmp / "run1" / "exercism")
        cls.report = load_json(cls.out / "out.json")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_json_report_has_every_submission_and_test(self):
        r = self.report
        self.assertEqual((r["format"], r["version"], r["shard"]), ("pyjudge-grade", 2, None))
        self.assertEqual((r["complete"], r["progress"]), (True, {"done": len(BATCH), "planned": len(BATCH)}))
        self.assertRegex(r["fingerprint"], "^[0-9a-f]{64}$")
        self.assertIn("3.", r["python"])
        self.assertEqual(r["sandbox"], {"weak_allowed": False, "missing_layers": [], "note": ""})
        subs = r["submissions"]
        self.assertEqual(len(subs), len(BATCH))
        self.assertEqual([(s["submitter"], s["exercise"], s["path"]) for s in subs],
                         sorted((s["submitter"], s["exercise"], s["path"]) for s in subs))
        verdicts = {s["path"]: s["verdict"] for s in subs}
        self.assertEqual(verdicts, {
            "alice/vector.py": "accepted", "alice/slots-point.py": "wrong_answer", "alice/shape-abc.py": "syntax_error",
            "bob/vector.py": "accepted", "bob/call-counter.py": "runtime_error", "bob/nonsense.py": None,
            "o'brien, jr/diamond-mro.py": "accepted", "=HYPERLINK(1)/timed-decorator.py": "accepted",
            "zoë/vector.py": "wrong_answer", "zoë/call-counter.py": "accepted"})
        self.assertEqual(r["summary"]["submissions"], 10)
        self.assertEqual(r["summary"]["not_graded"], 1)
        self.assertEqual(r["summary"]["verdicts"]["accepted"], 5)
        for s in subs:
            for key in ("submitter", "exercise", "path", "error", "verdict", "score", "message", "sandbox_layers",
                        "tests", "duration_ms"):
                self.assertIn(key, s)
            if s["verdict"] is None:
                continue
            self.assertIn("seccomp", s["sandbox_layers"])
            self.assertTrue(s["tests"])
            for t in s["tests"]:
                for key in ("name", "visible", "verdict", "message", "cpu_ms", "wall_ms", "peak_kb", "weight"):
                    self.assertIn(key, t)
                if not t["visible"]:
                    self.assertEqual((t["stdout"], t["stderr"], t["details"]), ("", "", ""))

    def test_junit_is_valid_against_the_schema(self):
        junit = self.out / "out.xml"
        proc = subprocess.run(["xmllint", "--noout", "--schema", str(XSD), str(junit)], capture_output=True, text=True)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        root = ET.parse(junit).getroot()
        suites = root.findall("testsuite")
        self.assertEqual(len(suites), len(BATCH))
        total_tests = sum(len(s["tests"]) or 1 for s in self.report["submissions"])
        self.assertEqual(int(root.get("tests")), total_tests)
        by_name = {s.get("name"): s for s in suites}
        wrong_suite = by_name["alice/slots-point"]
        failures = wrong_suite.findall("testcase/failure")
        self.assertTrue(failures)
        self.assertEqual(int(wrong_suite.get("failures")), len(failures))
        self.assertTrue(all(f.get("type") == "wrong_answer" and f.get("message") for f in failures))
        ungraded = by_name["bob/nonsense"].find("testcase/error")
        self.assertEqual(ungraded.get("type"), "not_graded")
        self.assertIn("no exercise named 'nonsense'", ungraded.get("message"))
        self.assertIn("line 1", by_name["alice/shape-abc"].find("system-out").text)
        noisy = by_name["bob/vector"].find("testcase/system-out").text
        self.assertIn('ctl:\ufffd\ufffd\ufffd[31m <&> "q" ]]>', noisy)  # control characters replaced, markup kept

    def test_csv_gradebook_has_a_row_per_submitter_and_a_column_per_exercise(self):
        data = (self.out / "out.csv").read_bytes()
        self.assertTrue(data.endswith(b"\r\n"))  # RFC 4180 line ends
        rows = list(csv.reader(io.StringIO(data.decode(), newline="")))
        self.assertEqual(rows[0], ["submitter", "call-counter", "diamond-mro", "shape-abc", "slots-point",
                                   "timed-decorator", "vector", "total (of 6)", "errors"])  # 'nonsense' is no column
        book = {row[0]: dict(zip(rows[0][1:], row[1:])) for row in rows[1:]}
        self.assertEqual(sorted(book), ["'=HYPERLINK(1)", "alice", "bob", "o'brien, jr", "zoë"])  # no formula
        self.assertEqual(book["alice"]["vector"], "1")
        self.assertEqual(book["alice"]["shape-abc"], "0")
        self.assertEqual(book["alice"]["call-counter"], "")
        self.assertEqual(book["bob"]["errors"], "bob/nonsense.py: no exercise named 'nonsense'")
        scored = by_path(self.report)["alice/slots-point.py"]["score"]
        self.assertAlmostEqual(float(book["alice"]["slots-point"]), scored, places=4)
        self.assertTrue(0 < scored < 1)

    def test_exercism_results_follow_version_3(self):
        folder = self.out / "exercism"
        files = sorted(folder.glob("*/*/results.json"))
        self.assertEqual(len(files), len(BATCH))
        statuses = {}
        for path in files:
            results = json.loads(path.read_text())
            statuses[f"{path.parent.parent.name}/{path.parent.name}"] = results["status"]
            self.assertEqual(exercism_schema.errors(results), [], path)
            self.assertEqual(results["version"], 3)
            self.assertIn(results["status"], ("pass", "fail", "error"))
            if results["status"] == "error":
                self.assertIsInstance(results["message"], str)
                self.assertTrue(results["message"])
            else:
                self.assertIsNone(results["message"])
            for t in results["tests"]:
                self.assertIn(t["status"], ("pass", "fail", "error"))
                self.assertIsInstance(t["name"], str)
                self.assertIsInstance(t["test_code"], str)
                self.assertLessEqual(len(t.get("output", "")), 500 + len("\nOutput was truncated. Please limit to 500 chars"))
                self.assertNotIn("task_id", t)
        self.assertEqual(statuses["alice/vector"], "pass")
        self.assertEqual(statuses["alice/slots-point"], "fail")
        self.assertEqual(statuses["alice/shape-abc"], "error")
        self.assertEqual(statuses["bob/nonsense"], "error")
        self.assertIn("o_brien__jr/diamond-mro", statuses)  # names reduced to safe characters
        noisy = json.loads((folder / "bob" / "vector" / "results.json").read_text())
        outputs = [t["output"] for t in noisy["tests"] if "output" in t]
        self.assertTrue(outputs)
        self.assertTrue(all(o.endswith("Output was truncated. Please limit to 500 chars") for o in outputs))
        hidden = [t for t in noisy["tests"] if t["test_code"].startswith("# a hidden test")]
        self.assertTrue(hidden)
        self.assertTrue(all("output" not in t for t in hidden))

    def test_check_speaks_exercism_too(self):
        proc = cli.run("check", "vector", cli.EXERCISES / "vector" / "wrong" / "zip_truncates.py", "--format", "exercism")
        results = json.loads(proc.stdout)
        self.assertEqual((results["version"], results["status"], results["message"]), (3, "fail", None))
        failing = [t for t in results["tests"] if t["status"] != "pass"]
        self.assertTrue(failing)
        self.assertTrue(all(t["message"] for t in failing))

    def test_two_runs_differ_only_in_timings(self):
        again = self.tmp / "run2"
        grade_into(self.subs, again, "--exercism", again / "exercism")
        for name in REPORT_FILES:
            self.assertEqual(masked((self.out / name).read_bytes()), masked((again / name).read_bytes()), name)
        for path in (self.out / "exercism").glob("*/*/results.json"):
            self.assertEqual(path.read_bytes(), (again / path.relative_to(self.out)).read_bytes(), path)

    def test_shards_merge_into_the_unsharded_reports(self):
        shards = []
        for i in range(3):
            out = self.tmp / f"shard{i}"
            grade_into(self.subs, out, "--shard", f"{i}/3", "--no-timings")
            shards.append(out / "out.json")
        sizes = [len(load_json(s)["submissions"]) for s in shards]
        self.assertEqual(sum(sizes), len(BATCH))
        self.assertGreater(min(sizes), 0)
        merged = self.tmp / "merged"
        merged.mkdir()
        proc = cli.run("merge", *shards, "--json", merged / "out.json", "--junit", merged / "out.xml",
                       "--csv", merged / "out.csv")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        for name in REPORT_FILES:
            self.assertEqual(masked((merged / name).read_bytes()), masked((self.out / name).read_bytes()), name)
        self.assertNotRegex((merged / "out.json").read_text(), r'"(cpu_ms|wall_ms|peak_kb)": [1-9]')  # --no-timings

        proc = cli.run("merge", shards[0], shards[2], "--json", merged / "partial.json")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("shard 1/3 is missing", proc.stderr)
        proc = cli.run("merge", shards[0], shards[0], shards[1], shards[2], "--csv", merged / "twice.csv")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("given twice", proc.stderr)


if __name__ == "__main__":
    unittest.main()
