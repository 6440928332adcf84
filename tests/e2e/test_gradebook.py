"""The gradebook and the feedback files of `pyjudge grade` and `merge` on a
small batch: exercise points and the total, a name that is no exercise as an
error rather than a column, the BOM, one Markdown file per student."""
import csv
import io
import os
import pathlib
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
from grade_batch import load_json, solution, write_batch  # noqa: E402

DEMO = cli.FIXTURES / "output-demo"
DEMO_WRONG = DEMO / "wrong" / "off_in_the_middle.py"


class GradebookTest(unittest.TestCase):
    """Points, the total, errors instead of columns, the BOM and feedback files, through grade and merge."""

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-gradebook-test-"))
        catalog = self.tmp / "exercises"
        for slug in ("vector", "call-counter"):
            shutil.copytree(cli.EXERCISES / slug, catalog / slug)
        shutil.copytree(DEMO, catalog / "output-demo")
        with open(catalog / "vector" / "exercise.yaml", "a", encoding="utf-8") as f:
            f.write("points: 2\n")
        self.catalog = catalog
        self.subs = write_batch(self.tmp / "subs", {
            "alice/vector.py": solution("vector"),
            "alice/output-demo.py": DEMO_WRONG.read_text(),       # visible failures with long diffs
            "bob/vectr.py": solution("vector"),                    # no such exercise
            "bob/call-counter.py": solution("call-counter"),
            "bob/output-demo.py": (DEMO / "solution.py").read_text(),
            "zoë/vector.py": "def broken(:\n",
        })

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def grade(self, out, *extra):
        out.mkdir()
        proc = cli.run("grade", self.subs, "--exercises", self.catalog, "-q", "-j", "2", *extra)
        self.assertEqual(proc.returncode, 0, proc.stderr)

    def test_points_total_errors_bom_and_feedback(self):
        out = self.tmp / "out"
        self.grade(out, "--json", out / "g.json", "--csv", out / "g.csv", "--csv-bom", "--feedback", out / "feedback")
        data = (out / "g.csv").read_bytes()
        self.assertTrue(data.startswith(b"\xef\xbb\xbfsubmitter,"))
        rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
        self.assertEqual(rows[0], ["submitter", "call-counter", "output-demo", "vector", "total (of 4)", "errors"])
        book = {row[0]: row[1:] for row in rows[1:]}
        report = load_json(out / "g.json")
        self.assertEqual(next(s for s in report["submissions"] if s["path"] == "alice/output-demo.py")["score"], 0.4)
        self.assertEqual(book["alice"], ["", "0.4", "1", "2.4", ""])  # vector is worth 2
        self.assertEqual(book["bob"], ["1", "1", "", "2", "bob/vectr.py: no exercise named 'vectr'; did you mean: vector?"])
        self.assertEqual(book["zoë"], ["", "", "0", "0", ""])
        self.assertEqual({s["path"]: s["points"] for s in report["submissions"]},
                         {"alice/output-demo.py": 1, "alice/vector.py": 2, "bob/call-counter.py": 1,
                          "bob/output-demo.py": 1, "bob/vectr.py": None, "zoë/vector.py": 2})

        files = sorted(p.name for p in (out / "feedback").iterdir())
        self.assertEqual(files, ["alice.md", "bob.md", "zo__.md"])
        alice = (out / "feedback" / "alice.md").read_text(encoding="utf-8")
        self.assertTrue(alice.startswith("# alice\n\nTotal: 2.4 of 4 points.\n\n## output-demo: wrong_answer\n\n"
                                         "alice/output-demo.py\n\nScore 0.4 × 1 point = 0.4. 2 of 5 tests passed.\n\n"),
                        alice[:300])
        self.assertIn("- FAIL: two hundred squares — wrong_answer: wrong answer\n\n  ```\n"
                      "  first difference at [137]: expected 18769, actual -1\n", alice)
        self.assertIn("- FAIL: forty rows — wrong_answer: wrong output\n\n  ```\n  stdout (- expected, + actual):\n", alice)
        self.assertIn("- PASS: an average\n", alice)
        self.assertRegex(alice, r"\n- FAIL \(hidden\): the average of nothing is zero — runtime_error: "
                                r"ZeroDivisionError at line \d+: return total / len\(xs\)\n")
        self.assertIn("## vector: accepted\n\nalice/vector.py\n\nScore 1 × 2 points = 2.", alice)
        self.assertIn("## Not submitted\n\n- call-counter (1 point)\n", alice)
        bob = (out / "feedback" / "bob.md").read_text(encoding="utf-8")
        self.assertIn("## vectr: not graded\n\nbob/vectr.py: no exercise named 'vectr'; did you mean: vector?\n", bob)
        self.assertIn("## Not submitted\n\n- vector (2 points)\n", bob)
        zoe = (out / "feedback" / "zo__.md").read_text(encoding="utf-8")
        self.assertIn("zoë/vector.py, line 1, column 12: invalid syntax\n\n```\n    def broken(:\n", zoe)
        self.assertRegex(zoe, r"\n- not run: does not compile \(\d+ tests\)\n")

        merged = self.tmp / "merged"
        merged.mkdir()
        proc = cli.run("merge", out / "g.json", "--csv", merged / "g.csv", "--csv-bom", "--feedback", merged / "feedback",
                       "--json", merged / "g.json")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual((merged / "g.csv").read_bytes(), data)
        for name in files:
            self.assertEqual((merged / "feedback" / name).read_bytes(), (out / "feedback" / name).read_bytes(), name)
        self.assertEqual(load_json(merged / "g.json")["submissions"], report["submissions"])


if __name__ == "__main__":
    unittest.main()
