"""Odd inputs get a clear answer: every row of issue 12's table. Source files
are read as `python3 FILE` reads them (PEP 263), which these tests check
against Debian's python3 itself; exercise files that yaml-cpp would accept
wrongly are errors at file:line:column; odd files in a batch are reported."""
import csv
import io
import json
import os
import pathlib
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
from grade_batch import grade, load_json, solution, write_batch  # noqa: E402

PROBE = cli.FIXTURES / "probe"
PYTHON = "/usr/bin/python3"  # the CPython the runner embeds


def python_verdict(path):
    """What `python3 FILE` says of a file: ("ok", None) or ("syntax", line)."""
    proc = subprocess.run([PYTHON, "-I", "-S", str(path)], capture_output=True, text=True, errors="replace", timeout=30)
    if proc.returncode == 0:
        return "ok", None
    last = proc.stderr.strip().splitlines()[-1]
    if "UnicodeDecodeError" in proc.stderr and not last.startswith("SyntaxError"):
        return "syntax", None  # CPython failed while showing the bad line
    assert last.startswith("SyntaxError"), proc.stderr
    line = re.search(r"on line (\d+)", last) or re.search(r'line (\d+)\n', proc.stderr)
    return "syntax", int(line.group(1)) if line else None


class SourceFilesTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-odd-sources-"))
        self.env = cli.learner_env(self.tmp / "data")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def check(self, data, name="probe.py"):
        path = self.tmp / name
        path.write_bytes(data)
        report, code = cli.check_json(PROBE, path, env=self.env)
        return report, code, path

    def test_a_utf8_bom_is_accepted_as_cpython_accepts_it(self):
        report, code, path = self.check(b"\xef\xbb\xbfdef run():\n    return 42\n")
        self.assertEqual((report["verdict"], code), ("accepted", 0), report["message"])
        self.assertEqual(python_verdict(path), ("ok", None))

    def test_a_latin1_cookie_decodes_the_file_as_latin1(self):
        # Accepted only if 'é' reaches the runner as U+00E9 (it used to become U+FFFD).
        data = '# -*- coding: latin-1 -*-\ndef run():\n    return 42 if "é" == "\\u00e9" else 0\n'.encode("latin-1")
        report, code, path = self.check(data)
        self.assertEqual((report["verdict"], code), ("accepted", 0), report)
        self.assertEqual(python_verdict(path), ("ok", None))

    def test_undeclared_latin1_bytes_are_a_syntax_error_naming_the_line(self):
        report, code, path = self.check("def run():\n    return 42  # café\n".encode("latin-1"))
        self.assertEqual((report["verdict"], code), ("syntax_error", 1))
        self.assertEqual(report["message"], f"{path}, line 2, column 21: Non-UTF-8 code starting with '\\xe9', but no "
                                            "encoding declared; see https://peps.python.org/pep-0263/ for details")
        self.assertEqual(python_verdict(path), ("syntax", 2))

    def test_a_nul_byte_is_a_syntax_error_without_internal_frames(self):
        report, code, path = self.check(b"def run():\n    return 42\x00\n")
        self.assertEqual((report["verdict"], code), ("syntax_error", 1))
        self.assertEqual(report["message"], f"{path}, line 2, column 14: source code cannot contain null bytes")
        for text in [report["message"]] + [t["message"] for t in report["tests"]]:
            self.assertNotIn("pyjudge-harness", text)
            self.assertNotIn("compile_candidate", text)

    def test_a_source_of_32_mib_is_a_rule_violation_not_an_internal_error(self):
        big = self.tmp / "big.py"
        with open(big, "wb") as f:
            f.truncate(33 << 20)  # sparse: nothing is written, and pyjudge must not read it
        report, code = cli.check_json(PROBE, big, env=self.env)
        self.assertEqual((report["verdict"], code), ("rule_violation", 1))
        self.assertEqual(report["message"], f"the solution is {33 << 20} bytes, larger than the 65536 bytes this exercise allows")

    def test_check_on_a_fifo_is_exit_2_at_once(self):
        fifo = self.tmp / "probe.py"
        os.mkfifo(fifo)
        proc = cli.run("check", PROBE, fifo, "--no-record", env=self.env, timeout=60)  # it used to hang for ever
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn(f"cannot read the solution file {fifo}: not a regular file", proc.stderr)

    def test_decoding_agrees_with_python3_on_generated_files(self):
        """Cookies on line 1 and 2 (and where CPython does not look), BOMs, and bytes
        that are not UTF-8 in code, strings and comments, checked against python3 itself."""
        rng = random.Random(12)
        cookies = [b"# -*- coding: latin-1 -*-", b"# coding: cp1251", b"# vim: set fileencoding=koi8-r :",
                   b"# coding=utf-8", b"# coding: utf8", b"# coding: ISO-8859-15", b"# coding: ascii"]
        lines = [b"#!/usr/bin/env python3", b"", b"# caf\xe9", b"s = 'caf\xe9'", b"s = 'caf\xc3\xa9'", b"x = 1  # \xcf\xf0",
                 b"'''\n\xe9\n'''", b"t = '\xa4'"]
        for n in range(24):
            head = [rng.choice(cookies) if rng.random() < 0.6 else rng.choice(lines) for _ in range(2)]
            body = [rng.choice(lines) for _ in range(rng.randrange(3))]
            data = (b"\xef\xbb\xbf" if rng.random() < 0.2 else b"") + b"\n".join(head + body + [b"def run():\n    return 42\n"])
            report, _, path = self.check(data, f"case{n}.py")
            expected, line = python_verdict(path)
            with self.subTest(data=data):
                if expected == "ok":
                    self.assertEqual(report["verdict"], "accepted", report["message"])
                else:
                    self.assertEqual(report["verdict"], "syntax_error")
                    if line and "unicode error" not in report["message"]:  # CPython names a string's last line there
                        self.assertTrue(report["message"].startswith(f"{path}, line {line},"), report["message"])


class CatalogAndBatchTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-odd-catalog-"))
        self.exercise = self.tmp / "catalog" / "probe"
        shutil.copytree(PROBE, self.exercise)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def validate(self):
        return cli.run("validate", self.exercise)

    def test_a_duplicate_key_is_an_error_at_the_second_key(self):
        spec = self.exercise / "exercise.yaml"
        spec.write_text(spec.read_text() + "difficulty: hard\n")
        proc = self.validate()
        self.assertEqual(proc.returncode, 2)
        line = len(spec.read_text().splitlines())
        self.assertIn(f"{spec}:{line}:1: duplicate key 'difficulty' (first at line 4)", proc.stdout)

    def test_an_exercise_yaml_that_is_not_utf8_is_an_error_and_list_prints_no_raw_bytes(self):
        spec = self.exercise / "exercise.yaml"
        spec.write_bytes(spec.read_bytes().replace("Проверка изоляции".encode(), "Pr\xfcfung".encode("latin-1")))
        proc = self.validate()
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"{spec}:3:9: the file is not UTF-8: byte 0xFC starts no UTF-8 character", proc.stdout)
        listed = subprocess.run([cli.PYJUDGE, "list", "--exercises", self.tmp / "catalog"], capture_output=True)
        self.assertEqual(listed.returncode, 0)
        listed.stdout.decode("utf-8")  # strictly: no raw bytes
        self.assertIn(b"probe does not load", listed.stderr)

    def test_a_tab_in_the_indentation_is_named(self):
        spec = self.exercise / "exercise.yaml"
        spec.write_text(spec.read_text().replace("  cpu_ms: 1000", "\tcpu_ms: 1000"))
        proc = self.validate()
        self.assertEqual(proc.returncode, 2)
        self.assertRegex(proc.stdout, re.escape(str(spec)) + r":\d+:1: a tab in the indentation: YAML indents with spaces only")

    def test_list_and_validate_name_a_missing_catalog(self):
        missing = self.tmp / "no-such-catalog"
        for args in (("list", "--exercises", missing), ("validate", "--exercises", missing)):
            proc = cli.run(*args)
            self.assertEqual(proc.returncode, 2, args)
            self.assertIn(f"no exercise catalog at {missing}: no such folder", proc.stderr)
        proc = cli.run("list", env={"PYJUDGE_EXERCISES": str(missing)})
        self.assertEqual(proc.returncode, 2)
        self.assertIn(str(missing), proc.stderr)

    def test_grade_reports_a_folder_named_like_a_submission(self):
        subs = write_batch(self.tmp / "subs", {"amy/probe.py": "def run():\n    return 42\n"})
        (subs / "bob" / "probe.py").mkdir(parents=True)
        out = self.tmp / "out.json"
        proc = grade(subs, "--exercises", self.tmp / "catalog", "--json", out)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        errors = {s["path"]: s["error"] for s in load_json(out)["submissions"]}
        self.assertEqual(errors, {"amy/probe.py": "", "bob/probe.py": "is a folder, not a file (the layout is SUBMITTER/SLUG.py)"})

    def test_the_gradebook_replaces_a_submitter_name_that_is_not_utf8(self):
        subs = self.tmp / "subs"
        folder = os.path.join(os.fsencode(subs), b"zo\xeb")
        os.makedirs(folder)
        with open(os.path.join(folder, b"vector.py"), "w") as f:
            f.write(solution("vector"))
        out = self.tmp / "out"
        proc = grade(subs, "--csv", out.with_suffix(".csv"), "--json", out.with_suffix(".json"), "--junit", out.with_suffix(".xml"))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        rows = list(csv.reader(io.StringIO(out.with_suffix(".csv").read_bytes().decode("utf-8"), newline="")))
        self.assertEqual(rows[1], ["zo\ufffd", "1", "1"])  # the score, and the total
        self.assertEqual(load_json(out.with_suffix(".json"))["submissions"][0]["submitter"], "zo\ufffd")
        self.assertIn('name="zo\ufffd/vector"', out.with_suffix(".xml").read_bytes().decode("utf-8"))


class WatchCtrlCTest(unittest.TestCase):
    def test_ctrl_c_during_a_check_stops_cleanly_and_records_nothing(self):
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-odd-watch-"))
        self.addCleanup(shutil.rmtree, tmp)
        target = tmp / "probe.py"
        target.write_text("import time\n\ndef run():\n    time.sleep(1.5)\n    return 42\n")  # a check of ~3 s
        env = dict(os.environ, **cli.learner_env(tmp / "data"), TMPDIR=str(tmp))
        # Its own session, and the signal to the whole group: what a terminal's Ctrl-C does.
        proc = subprocess.Popen([cli.PYJUDGE, "watch", PROBE, str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, encoding="utf-8", start_new_session=True)
        lines = cli.Lines(proc.stdout)
        try:
            lines.wait_for(r"^=== pyjudge watch: run 1 ")
            self.wait_for_scratch_dir(tmp)  # the check is running
            os.killpg(proc.pid, signal.SIGINT)
            self.assertEqual(proc.wait(timeout=60), 0)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        output = lines.rest()
        stderr = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
        self.assertIn(f"stopped watching {target}", output)
        self.assertNotIn("internal_error", output + stderr)
        self.assertNotIn("score", output)  # no report of a half-done check
        self.assertFalse((tmp / "data" / "pyjudge" / "progress.json").exists())  # nothing recorded
        self.assertEqual(list(tmp.glob("pyjudge-runner-*")), [])  # the runner was stopped and its folder removed

    def wait_for_scratch_dir(self, tmp, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(any(folder.iterdir()) for folder in tmp.glob("pyjudge-runner-*")):
                return
            time.sleep(0.05)
        self.fail("the check never started")


if __name__ == "__main__":
    unittest.main()
