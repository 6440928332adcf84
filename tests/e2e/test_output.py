"""Output people read (issue 15), end to end: tables in `show`, a syntax error
said once with the learner's path and a caret, hidden failures with the
learner's line, diffs of long values and outputs, the CPU time column,
colour, --help, and `new --dir`'s commands."""
import json
import os
import pathlib
import pty
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

DEMO = cli.FIXTURES / "output-demo"
DEMO_WRONG = DEMO / "wrong" / "off_in_the_middle.py"
SHOW_RU = cli.FIXTURES / "show-ru"
ESC = "\033["


def width(text):
    """Terminal columns, as pyjudge counts them: wide East Asian characters two."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table_lines(text):
    return [line for line in text.splitlines() if line.startswith("|")]


def run_on_a_terminal(args, env):
    """Runs pyjudge with stdout on a pseudo-terminal; returns what it printed."""
    leader, follower = pty.openpty()
    full_env = dict(os.environ, **env)
    proc = subprocess.Popen([cli.PYJUDGE, *map(str, args)], stdout=follower, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=full_env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    proc.wait(timeout=120)
    return b"".join(chunks).decode("utf-8", "replace")


class OutputTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-output-test-"))
        self.env = cli.learner_env(self.tmp / "data")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def show(self, exercise, lang, columns):
        proc = cli.run("show", exercise, "--lang", lang, env=dict(self.env, COLUMNS=str(columns)))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc.stdout

    # ----- show: tables ---------------------------------------------------------

    def assertAlignedTable(self, lines, columns):
        self.assertGreaterEqual(len(lines), 3)
        widths = {width(line) for line in lines}
        self.assertEqual(len(widths), 1, "every line of a table is as wide:\n" + "\n".join(lines))
        self.assertLessEqual(widths.pop(), columns)
        bars = {tuple(i for i, c in enumerate(line) if c == "|") for line in lines if not re.search(r"[^\x00-\x7f]", line)}
        self.assertLessEqual(len(bars), 1, "the column rules line up")

    def test_a_russian_table_is_laid_out_in_aligned_columns(self):
        out = self.show(SHOW_RU, "ru", 80)
        lines = table_lines(out)
        self.assertAlignedTable(lines, 80)
        self.assertRegex(lines[0], r"^\| метод +\| что делает +\|$")
        self.assertRegex(lines[1], r"^\|-+\|-+\|$")
        self.assertTrue(any(line.startswith("| `pop()`   | снимает верхний элемент и возвращает его") for line in lines), out)
        # The paragraphs around it are not swallowed by it.
        self.assertIn("русский текст по ширине терминала", out.replace("\n", " "))

    def test_a_narrow_terminal_wraps_cells_and_never_cuts_a_word(self):
        for columns in (60, 44):
            out = self.show(SHOW_RU, "ru", columns)
            lines = table_lines(out)
            self.assertAlignedTable(lines, columns)
            self.assertTrue(any("OverflowError" in line for line in lines), out)  # whole, not cut
            self.assertGreater(len(lines), 4)  # a row took more than one line

    def test_too_narrow_for_columns_each_row_becomes_a_list(self):
        out = self.show(SHOW_RU, "ru", 24)
        self.assertEqual(table_lines(out), [])
        self.assertIn("- метод: `push(x)`\n  что делает:", out)
        for line in out.splitlines():
            if not line.startswith("    "):  # code is never re-wrapped
                self.assertLessEqual(width(line), 24, line)

    def test_the_catalog_tables_are_tables_in_both_languages(self):
        for exercise, header in (("exception-group", {"en": "field", "ru": "поле"}),
                                 ("match-expression", {"en": "node", "ru": "узел"})):
            for lang in ("en", "ru"):
                lines = table_lines(self.show(exercise, lang, 100))
                self.assertAlignedTable(lines, 100)
                self.assertRegex(lines[0], r"^\| " + header[lang] + " +\\|", f"{exercise} {lang}")

    # ----- a syntax error ---------------------------------------------------------

    def test_a_syntax_error_is_said_once_with_the_learners_path_and_a_caret(self):
        work = self.tmp / "work"
        work.mkdir()
        bad = work / "syntax.py"  # the module is `evens`: the name differs
        bad.write_text("def evens(limit=None)\n    yield 0\n")
        proc = cli.run("check", "even-numbers", bad, "--no-record", env=self.env)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        lines = proc.stdout.splitlines()
        self.assertEqual(lines[1], f"  {bad}, line 1, column 22: expected ':'")
        self.assertEqual(lines[2], "      def evens(limit=None)")
        self.assertEqual(lines[3], " " * 27 + "^")  # under the 22nd character, after six blanks of indent
        self.assertRegex(lines[4], r"^  not run: does not compile \(\d+ tests\)$")
        self.assertEqual(proc.stdout.count("not run"), 1)
        self.assertNotIn("evens.py", proc.stdout)
        self.assertTrue(lines[5].startswith("syntax_error  score 0.00  (0/"))

        report, _ = cli.check_json("even-numbers", bad, env=self.env)
        self.assertEqual(report["message"], f"{bad}, line 1, column 22: expected ':'")
        self.assertEqual(report["details"], "    def evens(limit=None)\n" + " " * 25 + "^\n")
        self.assertEqual({t["message"] for t in report["tests"]}, {"not run: does not compile"})
        self.assertEqual((report["passed"], report["total"]), (0, len(report["tests"])))

    def test_tracebacks_name_the_learners_file(self):
        mine = self.tmp / "my_attempt.py"
        mine.write_text("def evens(limit=None):\n    raise RuntimeError('oops')\n    yield 0\n")
        report, _ = cli.check_json("even-numbers", mine, env=self.env)
        visible = [t for t in report["tests"] if t["visible"]]
        self.assertTrue(visible)
        for t in visible:
            self.assertIn(f'File "{mine}", line 2, in evens', t["details"])
            self.assertNotIn("evens.py", t["details"])

    # ----- hidden failures ------------------------------------------------------

    def test_a_hidden_failure_names_the_exception_and_the_learners_line_never_the_input(self):
        mine = self.tmp / "mine.py"
        mine.write_text(DEMO_WRONG.read_text().replace("    total = sum(xs)\n",
                                                        "    total = sum(xs)\n    assert xs, f'SECRET {xs!r}'\n"))
        line = mine.read_text().splitlines().index("    assert xs, f'SECRET {xs!r}'") + 1
        proc = cli.run("check", DEMO, mine, "--no-record", env=self.env)
        self.assertIn(f"the average of nothing is zero (hidden)\n      AssertionError at line {line}: "
                      "assert xs, f'SECRET {xs!r}'\n", proc.stdout)
        self.assertNotIn("SECRET []", proc.stdout)
        report, _ = cli.check_json(DEMO, mine, env=self.env)
        hidden = next(t for t in report["tests"] if t["name"] == "the average of nothing is zero")
        self.assertEqual((hidden["verdict"], hidden["line"]), ("runtime_error", line))
        self.assertEqual(hidden["message"], f"AssertionError at line {line}: assert xs, f'SECRET {{xs!r}}'")
        self.assertEqual((hidden["details"], hidden["stdout"], hidden["stderr"]), ("", "", ""))
        self.assertNotIn("SECRET []", json.dumps(report))

    # ----- long values and outputs ------------------------------------------------

    def test_a_long_list_and_a_long_output_show_where_they_differ(self):
        proc = cli.run("check", DEMO, DEMO_WRONG, "--no-record", env=self.env)
        out = proc.stdout
        self.assertIn("      first difference at [137]: expected 18769, actual -1\n"
                      "      expected: [..., 17956, 18225, 18496, 18769, 19044, 19321, 19600, ...]  (200 items)\n"
                      "      actual:   [..., 17956, 18225, 18496, -1, 19044, 19321, 19600, ...]  (200 items)\n", out)
        self.assertNotIn("0, 1, 4, 9, 16", out)  # not the whole list
        self.assertIn("      stdout (- expected, + actual):\n"
                      "        ... (16 unchanged lines)\n"
                      "        row 17\n        row 18\n        row 19\n"
                      "      - row 20\n      + row twenty\n"
                      "        row 21\n        row 22\n        row 23\n"
                      "        ... (17 unchanged lines)\n", out)
        self.assertNotIn("row 5\n", out)  # neither side of the output is printed whole

    def test_the_time_column_says_it_is_cpu_time(self):
        proc = cli.run("check", DEMO, DEMO / "solution.py", "--no-record", env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stdout)
        for line in proc.stdout.splitlines()[1:-1]:
            self.assertRegex(line, r"^  PASS accepted +\d+ ms cpu  ")

    # ----- colour ---------------------------------------------------------------

    def test_color_always_never_and_the_environment(self):
        def coloured(*options, **env):
            proc = cli.run("check", DEMO, DEMO_WRONG, "--no-record", *options,
                           env={**self.env, "NO_COLOR": "", "FORCE_COLOR": "", "TERM": "xterm", **env})
            return ESC in proc.stdout
        self.assertFalse(coloured())                              # a pipe
        self.assertTrue(coloured("--color=always"))
        self.assertTrue(coloured("--color", "always", NO_COLOR="1"))
        self.assertTrue(coloured(FORCE_COLOR="1"))
        self.assertTrue(coloured(FORCE_COLOR="1", NO_COLOR="1"))
        self.assertFalse(coloured("--color=never", FORCE_COLOR="1"))
        proc = cli.run("check", DEMO, DEMO_WRONG, "--color=sometimes", env=self.env)
        self.assertEqual(proc.returncode, 2)
        proc = cli.run("verify", DEMO, "--color=always", env=self.env)
        self.assertIn(ESC, proc.stdout)

    def test_on_a_terminal_no_color_and_dumb_terminals_get_none(self):
        args = ["check", DEMO, DEMO_WRONG, "--no-record"]
        base = dict(self.env, NO_COLOR="", FORCE_COLOR="")
        self.assertIn(ESC, run_on_a_terminal(args, dict(base, TERM="xterm")))
        self.assertNotIn(ESC, run_on_a_terminal(args, dict(base, TERM="dumb")))
        self.assertNotIn(ESC, run_on_a_terminal(args, dict(base, TERM="xterm", NO_COLOR="1")))
        self.assertNotIn(ESC, run_on_a_terminal(args + ["--color=never"], dict(base, TERM="xterm")))

    # ----- --help ----------------------------------------------------------------

    def test_help_says_pyjudge_and_shows_defaults(self):
        proc = cli.run("check", "--help")
        self.assertEqual(proc.returncode, 0)
        self.assertIn("Usage: pyjudge check [OPTIONS] exercise solution", proc.stdout)
        self.assertNotIn(cli.PYJUDGE, proc.stdout)
        self.assertIn("--format TEXT:{text,json,exercism}=text", proc.stdout)
        self.assertIn("--color TEXT:{auto,always,never}=auto", proc.stdout)
        proc = cli.run("verify", "--help")
        self.assertIn("--repeat UINT:INT in [1 - 20]=3", proc.stdout)
        self.assertTrue(cli.run("--help").stdout.startswith("pyjudge: a sandboxed judge"))
        self.assertIn("Usage: pyjudge [OPTIONS] SUBCOMMAND", cli.run("--help").stdout)

    # ----- new --dir ---------------------------------------------------------------

    def test_new_with_dir_names_the_exercise_by_a_path_that_verify_finds(self):
        proc = subprocess.run([cli.PYJUDGE, "new", "two-sum", "--dir", "mine"], cwd=self.tmp, capture_output=True, text=True)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("  pyjudge verify mine/two-sum\n", proc.stdout)
        self.assertIn("`pyjudge verify mine/two-sum`", (self.tmp / "mine" / "two-sum" / "exercise.yaml").read_text())
        proc = subprocess.run([cli.PYJUDGE, "verify", "mine/two-sum"], cwd=self.tmp, capture_output=True, text=True)
        self.assertEqual(proc.returncode, 1, proc.stderr)  # found; fails only until it is written
        self.assertIn("the reference solution got runtime_error", proc.stdout)
        proc = subprocess.run([cli.PYJUDGE, "new", "here", "--dir", "."], cwd=self.tmp, capture_output=True, text=True)
        self.assertIn("  pyjudge verify ./here\n", proc.stdout)


if __name__ == "__main__":
    unittest.main()
