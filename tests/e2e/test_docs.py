"""The reference documents match the code: every key the JSON report writes is
in docs/json-report.md; every command, option and environment variable the
CLI accepts is in docs/cli.md."""
import os
import pathlib
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

DEMO = cli.FIXTURES / "output-demo"
DEMO_WRONG = DEMO / "wrong" / "off_in_the_middle.py"


def keys_of(report):
    """Every key of a report, nested ones included."""
    found = set()
    for key, value in report.items():
        found.add(key)
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                found |= keys_of(item)
    return found


class JsonReportTest(unittest.TestCase):
    """Every key the JSON report can hold is documented in docs/json-report.md."""

    DOC = (cli.ROOT / "docs" / "json-report.md").read_text(encoding="utf-8")

    @classmethod
    def setUpClass(cls):
        """Reports of a visible and a hidden failure, a syntax error, and a runner that died."""
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-json-test-"))
        env = {"XDG_DATA_HOME": str(cls.tmp)}
        failing, _ = cli.check_json(DEMO, DEMO_WRONG, env=env)
        broken = cls.tmp / "broken.py"
        broken.write_text("def f(:\n")
        syntax, _ = cli.check_json(DEMO, broken, env=env)
        state = cls.tmp / "runner-state"
        state.mkdir()
        launcher = cls.tmp / "runner"
        real = os.environ.get("PYJUDGE_RUNNER", str(cli.ROOT / "build" / "bin" / "pyjudge-runner"))
        launcher.write_text(f"#!/bin/sh\nexec /usr/bin/python3 {cli.FIXTURES / 'dying_runner.py'} {real} {state}\n")
        launcher.chmod(0o755)
        dying = cls.tmp / "dying.py"
        dying.write_text("# KILL-RUNNER-ALWAYS\n" + (DEMO / "solution.py").read_text())
        died, cls.died_code = cli.check_json(DEMO, dying, env=dict(env, PYJUDGE_RUNNER=str(launcher)))
        cls.reports = {"failing": failing, "syntax": syntax, "runner failure": died}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_every_key_written_is_documented(self):
        self.assertEqual(self.died_code, 3)
        self.assertEqual(self.reports["runner failure"]["verdict"], "internal_error")
        for what, report in self.reports.items():
            for key in keys_of(report):
                self.assertIn(f"`{key}`", self.DOC, f"{what}: the key {key!r} is not in docs/json-report.md")

    def test_hidden_and_visible_tests_have_the_same_keys_and_counts_are_given(self):
        for what, report in self.reports.items():
            self.assertEqual(report["total"], len(report["tests"]), what)
            self.assertEqual(report["passed"], sum(t["verdict"] == "accepted" for t in report["tests"]), what)
            self.assertEqual(len({tuple(sorted(t)) for t in report["tests"]}), 1, what)
        self.assertEqual({t["visible"] for t in self.reports["failing"]["tests"]}, {True, False})
        self.assertEqual(self.reports["failing"]["passed"], 2)


class CliDocsTest(unittest.TestCase):
    """docs/cli.md documents every command, option and environment variable the CLI accepts."""

    DOC = (cli.ROOT / "docs" / "cli.md").read_text(encoding="utf-8")

    def commands(self):
        text = cli.run("--help").stdout
        return re.findall(r"^  (\w+)\s{2,}", text.split("Subcommands:")[1], re.M)

    def test_every_command_has_a_section_and_no_placeholder(self):
        commands = self.commands()
        self.assertIn("doctor", commands)
        for command in commands:
            self.assertRegex(self.DOC, rf"\n### {command}\n\n```\npyjudge {command}\b")
        self.assertNotIn("Reserved", self.DOC)

    def test_every_option_of_every_command_is_documented(self):
        for command in self.commands():
            text = cli.run(command, "--help").stdout
            options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", text.split("Options:")[1]))
            options -= {"-h", "--help"}
            section = self.DOC.split(f"\n### {command}\n")[1].split("\n### ")[0]
            for option in options:
                self.assertIn(option, section, f"pyjudge {command} {option} is not in its section of docs/cli.md")

    def test_every_environment_variable_read_is_documented(self):
        names = set()
        for source in (cli.ROOT / "judge").rglob("*.cpp"):
            names |= set(re.findall(r'getenv\w*\("([A-Z_]+)"\)', source.read_text(encoding="utf-8")))
        for source in (cli.ROOT / "judge").rglob("*.cpp"):  # names looked up through a list
            for names_list in re.findall(r'for \(const char\* name : \{([^}]*)\}\)', source.read_text(encoding="utf-8")):
                names |= set(re.findall(r'"([A-Z_]+)"', names_list))
        self.assertTrue({"PYJUDGE_REQUIRE_SANDBOX", "PYJUDGE_DISABLE_LAYERS", "FORCE_COLOR", "NO_COLOR", "TERM", "LANG"} <= names,
                        names)
        for name in names:
            self.assertRegex(self.DOC, rf"`{name}`", f"the environment variable {name} is not in docs/cli.md")


if __name__ == "__main__":
    unittest.main()
