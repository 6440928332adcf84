"""Exercise kinds beyond Python functions (docs/spec-format.md, "Exercise
kinds"): SQL run on SQLite inside the sandbox, and write-the-tests exercises
whose tests run against a correct implementation and hidden mutants; with the
hostile test files of hostile_tests/, which try to tell implementations apart
by anything but their behaviour."""
import json
import os
import pathlib
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli  # noqa: E402

SQL = cli.FIXTURES / "sql-demo"
TESTS = cli.FIXTURES / "tests-demo"
HOSTILE = pathlib.Path(__file__).parent / "hostile_tests"


class KindsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-kinds-test-"))
        self.env = cli.learner_env(self.tmp / "data")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, text):
        path = self.tmp / name
        path.write_text(text)
        return path

    # ----- SQL ---------------------------------------------------------------------------

    def test_sql_exercises_verify_their_reference_and_wrong_queries(self):
        report, code = cli.run_json("verify", SQL)
        self.assertEqual(code, 0, report)
        wrong = {w["file"]: w["verdict"] for w in report["exercises"][0]["wrong"]}
        self.assertEqual(wrong, {"wrong/adds_nobody.sql": "wrong_answer", "wrong/ignores_duplicates.sql": "wrong_answer",
                                 "wrong/typo.sql": "runtime_error", "wrong/unordered.sql": "wrong_answer"})

    def test_a_sqlite_error_names_sqlites_message_and_the_learners_line(self):
        report, code = cli.check_json(SQL, SQL / "wrong" / "typo.sql", env=self.env)
        self.assertEqual((report["verdict"], code), ("runtime_error", 1))
        hidden = [t for t in report["tests"] if not t["visible"] and t["verdict"] == "runtime_error"][0]
        self.assertEqual(hidden["message"], "OperationalError: no such column: totl (shop.sql, line 3)")

    def test_the_line_of_a_failing_statement_is_its_first_line_of_sql_not_a_comment_above_it(self):
        typo = (SQL / "wrong" / "typo.sql").read_text().replace("-- query: big_spenders\n",
                                                                 "-- query: big_spenders\n-- my notes\n\n")
        report, _ = cli.check_json(SQL, self.write("shop.sql", typo), env=self.env)
        hidden = [t for t in report["tests"] if not t["visible"] and t["verdict"] == "runtime_error"][0]
        self.assertEqual(hidden["message"], "OperationalError: no such column: totl (shop.sql, line 5)")

    def test_a_missing_query_and_the_wrong_file_kind_are_clear(self):
        only_one = self.write("shop.sql", "-- query: big_spenders\nSELECT 1;\n")
        report, _ = cli.check_json(SQL, only_one, env=self.env)
        messages = {t["message"] for t in report["tests"] if t["verdict"] == "runtime_error"}
        self.assertIn("LookupError: shop.sql has no query named 'add_customer': start it with a line `-- query: add_customer`",
                      messages)

    def test_rows_in_any_order_unless_the_test_says_exact_and_column_names_when_asked(self):
        solution = (SQL / "solution.sql").read_text()
        wrong_names = self.write("shop.sql", solution.replace("AS total", "AS spent").replace("BY total", "BY spent"))
        report, _ = cli.check_json(SQL, wrong_names, env=self.env)
        example = report["tests"][0]
        self.assertEqual(example["verdict"], "wrong_answer")
        self.assertIn("['name', 'spent']", example["details"])
        self.assertTrue(all(t["verdict"] == "accepted" for t in report["tests"][1:]))  # hidden tests ask for no names

    def test_start_writes_a_sql_file_and_show_shows_fixtures_and_rows(self):
        proc = cli.run("start", SQL, self.tmp / "work", env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertTrue((self.tmp / "work" / "shop.sql").read_text().startswith("-- query: big_spenders"))
        proc = cli.run("show", SQL, "--lang", "ru", env=self.env)
        self.assertIn("на данных shop: запрос big_spenders с параметрами {'min_total': 100}", proc.stdout)
        self.assertIn("['Bob', 300]", proc.stdout)
        self.assertIn("pyjudge check", proc.stdout)
        self.assertIn("shop.sql", proc.stdout)

    def test_grade_takes_sql_files_and_refuses_a_python_file_for_a_sql_exercise(self):
        catalog = self.tmp / "catalog"
        catalog.mkdir()
        shutil.copytree(SQL, catalog / "sql-demo")
        subs = self.tmp / "subs"
        for who, name in (("amy", "sql-demo.sql"), ("bob", "sql-demo.py")):
            (subs / who).mkdir(parents=True)
            shutil.copy(SQL / "solution.sql", subs / who / name)
        out = self.tmp / "grades.json"
        proc = cli.run("grade", subs, "--exercises", catalog, "-q", "--json", out)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        report = {s["submitter"]: s for s in json.loads(out.read_text())["submissions"]}
        self.assertEqual(report["amy"]["verdict"], "accepted")
        self.assertEqual(report["bob"]["error"], "bob/sql-demo.py: sql-demo takes a .sql file")

    def test_python_solutions_may_group_large_results_with_sqlite(self):
        probe = self.tmp / "probe"
        shutil.copytree(cli.FIXTURES / "probe", probe)
        solution = self.write("probe.py", (
            "import sqlite3\n\n\ndef run():\n"
            "    db = sqlite3.connect(':memory:')\n"
            "    db.execute('PRAGMA cache_size = 100')\n"
            "    db.execute('CREATE TABLE t (k INTEGER, v INTEGER)')\n"
            "    db.executemany('INSERT INTO t VALUES (?, ?)', ((i % 50000, i * 7919 % 1000) for i in range(100000)))\n"
            "    rows = db.execute('SELECT k, group_concat(v) FROM t GROUP BY k ORDER BY 2').fetchall()\n"
            "    return 42 if len(rows) == 50000 else len(rows)\n"))
        report, code = cli.check_json(probe, solution, env=self.env)
        self.assertEqual((report["verdict"], code), ("accepted", 0),
                         [t["message"] for t in report["tests"] if t["verdict"] != "accepted"])

    def test_multiprocessing_is_refused_with_a_clear_message(self):
        probe = self.tmp / "probe"
        shutil.copytree(cli.FIXTURES / "probe", probe)
        solution = self.write("probe.py", "from concurrent.futures import ProcessPoolExecutor\n\n\ndef run():\n"
                                          "    with ProcessPoolExecutor(2) as pool:\n        return pool.submit(int, 42).result()\n")
        report, _ = cli.check_json(probe, solution, env=self.env)
        self.assertEqual(report["tests"][0]["verdict"], "runtime_error")
        self.assertIn("module 'multiprocessing' is not available in the sandbox", report["tests"][0]["details"])

    # ----- write-the-tests -------------------------------------------------------------------

    def test_write_the_tests_exercises_verify_and_score_the_share_of_mutants_killed(self):
        report, code = cli.run_json("verify", TESTS)
        self.assertEqual(code, 0, report)
        report, code = cli.check_json(TESTS, TESTS / "solution.py", env=self.env)
        self.assertEqual((report["verdict"], report["score"], code), ("accepted", 1.0, 0))
        report, code = cli.check_json(TESTS, TESTS / "wrong" / "no_error_test.py", env=self.env)
        self.assertEqual((report["verdict"], code), ("wrong_answer", 1))
        self.assertAlmostEqual(report["score"], 2 / 3)
        survived = [t for t in report["tests"] if t["message"] == "this mutant survived: none of your tests failed on it"]
        self.assertEqual([t["name"] for t in survived], ["mutant 1"])  # counted, never described
        self.assertFalse(survived[0]["visible"])

    def test_show_describes_the_run_on_the_correct_implementation_not_the_judges_driver(self):
        for lang, line in (("en", "every test function in your file is run on this version of the module"),
                           ("ru", "каждая тестовая функция вашего файла запускается на этой версии модуля")):
            proc = cli.run("show", TESTS, "--lang", lang, env=self.env)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertIn(line, " ".join(proc.stdout.split()))  # as wrapped for any terminal
            self.assertNotIn("_pj_", proc.stdout)
            self.assertNotIn("observe()", proc.stdout)

    def test_tests_that_fail_on_the_correct_implementation_kill_nothing(self):
        report, _ = cli.check_json(TESTS, TESTS / "wrong" / "wrong_expectation.py", env=self.env)
        first = report["tests"][0]
        self.assertEqual(first["verdict"], "wrong_answer")
        self.assertIn("test_above_gives_high_minus_one (line 6): AssertionError", first["details"])
        self.assertEqual(report["score"], 0.0)
        for t in report["tests"][1:]:
            self.assertEqual(t["message"], "not counted: your tests fail on the correct implementation")

    def test_hostile_tests_cannot_tell_implementations_apart_but_by_behaviour(self):
        for path in sorted(HOSTILE.glob("*.py")):
            with self.subTest(hostile=path.name):
                report, code = cli.check_json(TESTS, path, env=self.env)
                self.assertNotEqual(report["verdict"], "accepted")
                self.assertEqual(report["verdict"], cli.declared_verdict(path), report)
        report, _ = cli.check_json(TESTS, HOSTILE / "notes_between_runs.py", env=self.env)
        self.assertEqual(report["tests"][0]["verdict"], "accepted")  # it could write its note...
        self.assertTrue(all(t["verdict"] == "wrong_answer" for t in report["tests"][1:]))  # ...and no later run saw it


if __name__ == "__main__":
    unittest.main()
