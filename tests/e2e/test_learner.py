"""Learner commands end to end: list, show, start, check's progress record and
hint notice, hint, watch. Progress always goes to a temporary XDG_DATA_HOME."""
import json
import os
import pathlib
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

FIND = cli.EXERCISES / "find-duplicates"
WRONG = FIND / "wrong" / "reports_every_repeat.py"
ACCEPTED_SOURCE = (FIND / "solution.py").read_text(encoding="utf-8")
SHOW_RU = str(cli.FIXTURES / "show-ru")


def run_utf8(*args, env):
    """Runs pyjudge and decodes its output strictly as UTF-8 (a split character fails)."""
    full_env = dict(os.environ)
    full_env.update(env)
    proc = subprocess.run([cli.PYJUDGE, *map(str, args)], capture_output=True, timeout=120, env=full_env)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


class LearnerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-learner-test-"))
        self.data = self.tmp / "data"
        self.env = cli.learner_env(self.data)
        self.progress_file = self.data / "pyjudge" / "progress.json"

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def progress(self):
        return json.loads(self.progress_file.read_text(encoding="utf-8"))["exercises"]

    # ----- list --------------------------------------------------------------

    def catalog(self):
        catalog = self.tmp / "catalog"
        for slug in ("find-duplicates", "lru-cache", "fibonacci-generator"):
            shutil.copytree(cli.EXERCISES / slug, catalog / slug)
        return catalog

    def test_list_shows_every_exercise_filters_and_the_best_result(self):
        catalog = self.catalog()
        code, out, _ = run_utf8("list", "--exercises", catalog, env=self.env)
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertRegex(lines[0], r"^slug +title +difficulty +topics +best result$")
        self.assertEqual([l.split()[0] for l in lines[1:]], ["fibonacci-generator", "find-duplicates", "lru-cache"])
        self.assertRegex(lines[2], r"^find-duplicates +Find duplicates +easy +collections, hashing, sets +-$")

        code, out, _ = run_utf8("list", "--exercises", catalog, "--difficulty", "medium", env=self.env)
        self.assertEqual([l.split()[0] for l in out.splitlines()[1:]], ["lru-cache"])
        code, out, _ = run_utf8("list", "--exercises", catalog, "--topic", "generators", env=self.env)
        self.assertEqual([l.split()[0] for l in out.splitlines()[1:]], ["fibonacci-generator"])
        code, out, _ = run_utf8("list", "--exercises", catalog, "--topic", "nothing-has-this", env=self.env)
        self.assertEqual((code, out), (0, "no exercises match\n"))

        cli.run("check", "find-duplicates", WRONG, "--exercises", catalog, env=self.env)
        _, out, _ = run_utf8("list", "--exercises", catalog, env=self.env)
        self.assertRegex(out, r"\nfind-duplicates .* 0\.\d\d wrong_answer\n")
        cli.run("check", "find-duplicates", FIND / "solution.py", "--exercises", catalog, env=self.env)
        _, out, _ = run_utf8("list", "--exercises", catalog, "--lang", "ru", env=self.env)
        self.assertRegex(out, r"\nfind-duplicates +Поиск повторяющихся чисел +лёгкая .* 1\.00 accepted\n")
        self.assertRegex(out, r"\nlru-cache +LRU-кэш +средняя .* -\n")

    # ----- show --------------------------------------------------------------

    def test_show_renders_statement_starter_and_examples(self):
        code, out, _ = run_utf8("show", "find-duplicates", env=self.env)
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith("Find duplicates\neasy · collections, hashing, sets\n\n"))
        self.assertIn("Starter code (`pyjudge start find-duplicates` writes it to find_duplicates.py):\n"
                      "    def find_duplicates(numbers: list) -> list:\n        raise NotImplementedError\n", out)
        self.assertIn("Examples:\n  1. repeats anywhere in the list\n     >>> find_duplicates([1, 2, 3, 2, 1])\n"
                      "     [1, 2] (in any order)\n", out)
        self.assertIn("Hints: 2 (`pyjudge hint find-duplicates`)\n", out)
        self.assertTrue(out.endswith("Check your solution: pyjudge check find-duplicates find_duplicates.py\n"))
        self.assertNotIn("a million distinct numbers plus two repeats", out)  # hidden tests stay hidden

    def test_show_in_russian_wraps_whole_characters_to_the_width(self):
        env = dict(self.env, COLUMNS="40")
        code, out, _ = run_utf8("show", SHOW_RU, "--lang", "ru", env=env)  # strict UTF-8 decoding
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith("Ограниченный стек (пример для show)\nсредняя · "))
        self.assertIn("Заготовка кода", out)
        self.assertIn("возбуждает исключение ValueError", out)
        self.assertIn("1. добавить и снять", out)  # examples are titled in the chosen language
        text_lines = [l for l in out.splitlines() if not l.startswith("    ")]  # code is never re-wrapped
        self.assertGreater(len(text_lines), 20)
        for line in text_lines:
            self.assertLessEqual(len(line), 40, line)
        # The words of the statement survive wrapping intact.
        self.assertIn("фиксированного", out)
        code, out, _ = run_utf8("show", SHOW_RU, "--lang", "en", env=env)
        self.assertIn("1. push then pop", out)

    def test_language_comes_from_lang_then_pyjudge_lang_then_the_locale(self):
        def title(extra_env, *args):
            return run_utf8("show", "lru-cache", *args, env=dict(self.env, **extra_env))[1].splitlines()[0]
        self.assertEqual(title({}), "LRU cache")
        self.assertEqual(title({"LANG": "ru_RU.UTF-8"}), "LRU-кэш")
        self.assertEqual(title({"LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"}), "LRU cache")
        self.assertEqual(title({"LC_MESSAGES": "ru_RU.UTF-8"}), "LRU-кэш")
        self.assertEqual(title({"LANG": "ru_RU.UTF-8", "PYJUDGE_LANG": "en"}), "LRU cache")
        self.assertEqual(title({"PYJUDGE_LANG": "ru"}, "--lang", "en"), "LRU cache")
        self.assertEqual(title({}, "--lang", "ru"), "LRU-кэш")

    # ----- start -------------------------------------------------------------

    def test_start_writes_the_starter_and_never_overwrites(self):
        work = self.tmp / "work"
        proc = cli.run("start", "find-duplicates", work, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        target = work / "find_duplicates.py"
        self.assertEqual(target.read_text(encoding="utf-8"), "def find_duplicates(numbers: list) -> list:\n    raise NotImplementedError\n")
        self.assertIn(f"pyjudge check find-duplicates {target}", proc.stdout)

        target.write_text("my work\n")
        proc = cli.run("start", "find-duplicates", work, env=self.env)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("already exists; pyjudge start never overwrites a file", proc.stderr)
        self.assertEqual(target.read_text(), "my work\n")

    # ----- check: progress and hints --------------------------------------------

    def test_check_records_the_best_result_and_points_at_the_next_hint(self):
        proc = cli.run("check", "find-duplicates", WRONG, env=self.env)
        self.assertEqual(proc.returncode, 1)
        self.assertTrue(proc.stdout.endswith("Hint available: run `pyjudge hint find-duplicates`\n"), proc.stdout[-300:])
        entry = self.progress()["find-duplicates"]
        self.assertEqual((entry["attempts"], entry["best_verdict"], entry["last_verdict"]), (1, "wrong_answer", "wrong_answer"))
        self.assertRegex(entry["last_attempt"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertGreater(entry["best_score"], 0)
        self.assertLess(entry["best_score"], 1)
        self.assertNotIn("A set remembers", proc.stdout)  # no hint is shown unasked

        cli.run("hint", "find-duplicates", env=self.env)
        proc = cli.run("check", "find-duplicates", WRONG, env=self.env)
        self.assertTrue(proc.stdout.endswith("Hint 2 of 2 available: run `pyjudge hint find-duplicates`\n"))

        proc = cli.run("check", "find-duplicates", FIND / "solution.py", env=self.env)
        self.assertEqual(proc.returncode, 0)
        self.assertNotIn("Hint", proc.stdout)
        proc = cli.run("check", "find-duplicates", WRONG, env=self.env)
        entry = self.progress()["find-duplicates"]
        self.assertEqual((entry["attempts"], entry["best_verdict"], entry["best_score"], entry["last_verdict"], entry["hints_revealed"]),
                         (4, "accepted", 1.0, "wrong_answer", 1))
        # Only the progress file and its lock: the temporary file was renamed into place.
        self.assertEqual(sorted(p.name for p in self.progress_file.parent.iterdir()), ["progress.json", "progress.json.lock"])

    def test_json_check_records_but_prints_only_json(self):
        proc = cli.run("check", "find-duplicates", WRONG, "--format", "json", env=self.env)
        self.assertEqual(json.loads(proc.stdout)["verdict"], "wrong_answer")
        self.assertEqual(self.progress()["find-duplicates"]["attempts"], 1)

    def test_no_record_leaves_no_trace(self):
        proc = cli.run("check", "find-duplicates", WRONG, "--no-record", env=self.env)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("Hint available", proc.stdout)
        self.assertFalse(self.data.exists())

    def test_an_unwritable_progress_file_never_fails_the_check(self):
        blocker = self.tmp / "not-a-dir"
        blocker.write_text("")
        env = dict(self.env, XDG_DATA_HOME=str(blocker))
        proc = cli.run("check", "find-duplicates", FIND / "solution.py", env=env)
        self.assertEqual(proc.returncode, 0)
        self.assertIn("pyjudge: warning: progress not recorded: cannot create", proc.stderr)
        self.assertIn("accepted  score 1.00", proc.stdout)
        proc = cli.run("check", "find-duplicates", WRONG, env=env)
        self.assertEqual(proc.returncode, 1)

    def test_progress_defaults_to_home_local_share(self):
        env = dict(self.env, XDG_DATA_HOME="", HOME=str(self.tmp / "home"))
        cli.run("check", "find-duplicates", WRONG, env=env)
        self.assertTrue((self.tmp / "home" / ".local" / "share" / "pyjudge" / "progress.json").is_file())

    # ----- hint --------------------------------------------------------------

    def test_hints_are_revealed_one_at_a_time(self):
        code, out, _ = run_utf8("hint", "find-duplicates", env=self.env)
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith("Hint 1/2:\n  A set remembers what you have already seen"))
        self.assertNotIn("Hint 2/2", out)
        self.assertEqual(self.progress()["find-duplicates"]["hints_revealed"], 1)
        self.assertNotIn("attempts", {k for k, v in self.progress()["find-duplicates"].items() if v})

        code, out, _ = run_utf8("hint", "find-duplicates", "--lang", "ru", env=self.env)
        self.assertTrue(out.startswith("Подсказка 2/2:\n  `numbers.count(x)`"))
        self.assertTrue(out.endswith("Это была последняя подсказка.\n"))

        code, out, _ = run_utf8("hint", "find-duplicates", env=self.env)
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith("No more hints: you have seen all 2. Here they are again:\n"))
        self.assertIn("Hint 1/2:", out)
        self.assertIn("Hint 2/2:", out)
        self.assertEqual(self.progress()["find-duplicates"]["hints_revealed"], 2)

    def test_an_exercise_without_hints_says_so(self):
        code, out, _ = run_utf8("hint", cli.FIXTURES / "probe", env=self.env)
        self.assertEqual((code, out), (0, "probe has no hints.\n"))

    # ----- watch -------------------------------------------------------------

    def test_watch_rechecks_on_every_save_and_exits_0_on_ctrl_c(self):
        work = self.tmp / "work"
        work.mkdir()
        target = work / "find_duplicates.py"
        target.write_text("def find_duplicates(numbers):\n    raise NotImplementedError\n")
        env = dict(os.environ, **self.env)
        proc = subprocess.Popen([cli.PYJUDGE, "watch", "find-duplicates", str(target)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, encoding="utf-8")
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout], daemon=True).start()
        seen = []

        def wait_for(pattern, timeout=90):
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    line = lines.get(timeout=0.5)
                except queue.Empty:
                    continue
                seen.append(line)
                if re.search(pattern, line):
                    return
            self.fail(f"no line matching {pattern!r} within {timeout} s; output so far:\n{''.join(seen)}")

        try:
            wait_for(r"^runtime_error  score 0\.00")  # the first check, at start
            wait_for(r"^watching ")
            target.write_text(ACCEPTED_SOURCE)  # an ordinary save: write in place
            wait_for(r"^accepted  score 1\.00")
            wait_for(r"^watching ")
            replacement = work / ".find_duplicates.py.swp"  # an editor's save: write aside, rename over
            replacement.write_text("def find_duplicates(numbers):\n    return []\n")
            os.replace(replacement, target)
            wait_for(r"^wrong_answer  score")
            wait_for(r"^watching ")
            proc.send_signal(signal.SIGINT)
            self.assertEqual(proc.wait(timeout=30), 0)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
            proc.stderr.close()
        output = "".join(seen)
        self.assertEqual(len(re.findall(r"^=== pyjudge watch: run \d+ at ", output, re.M)), 3, output)
        self.assertNotIn("\033[", output)  # no screen clearing when not on a terminal
        self.assertEqual(self.progress()["find-duplicates"]["attempts"], 3)


if __name__ == "__main__":
    unittest.main()
