"""Static rules, end to end through `pyjudge check`: each rule of the fixture
exercise tests/e2e/fixtures/rules is broken in turn and must give
rule_violation with a clear message and line; what the rules allow must be
accepted. The exact semantics are in docs/spec-format.md ("Static rules")."""
import concurrent.futures
import os
import pathlib
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

EXERCISE = cli.FIXTURES / "rules"
BASE = "def gen():\n    yield 1\n\n\nclass Box:\n    pass\n"  # lines 1-6, accepted
TOO_LARGE = BASE + "# " + "я" * 300 + "\n"  # 300 characters, 600 bytes of UTF-8

# name: (source, expected message or None for accepted, expected line or None)
CASES = {
    "base": (BASE, None, None),
    "too_large": (TOO_LARGE, f"the solution is {len(TOO_LARGE.encode())} bytes, larger than the 600 bytes this exercise allows", None),
    "import": (BASE + "import heapq\n", "importing 'heapq' is not allowed in this exercise", 7),
    "from_import": (BASE + "from heapq import heappush\n", "importing 'heapq' is not allowed in this exercise", 7),
    "submodule": (BASE + "from os.path import join\n", "importing 'os.path' is not allowed in this exercise", 7),
    "from_parent": (BASE + "from os import path\n", "importing 'os.path' is not allowed in this exercise", 7),
    "dunder_import": (BASE + "h = __import__('heapq')\n", "importing 'heapq' is not allowed in this exercise", 7),
    "import_module": (BASE + "import importlib\nh = importlib.import_module('heapq')\n",
                      "importing 'heapq' is not allowed in this exercise", 8),
    "parent_allowed": (BASE + "import os\nSEP = os.sep\n", None, None),
    "name": (BASE + "X = eval('1')\n", "using 'eval' is not allowed in this exercise", 7),
    "attribute_chain": (BASE + "import contextlib\nS = contextlib.suppress\n",
                        "using 'contextlib.suppress' is not allowed in this exercise", 8),
    "module_alias": (BASE + "import contextlib as c\n\n\ndef f():\n    with c.suppress(KeyError):\n        pass\n",
                     "using 'contextlib.suppress' (written 'c.suppress') is not allowed in this exercise", 11),
    "from_alias": (BASE + "from functools import lru_cache as lc\n\n\n@lc\ndef f():\n    pass\n",
                   "using 'functools.lru_cache' is not allowed in this exercise", 7),
    "alias_then_attribute": (BASE + "import functools as ft\n\n\n@ft.lru_cache\ndef f():\n    pass\n",
                             "using 'functools.lru_cache' (written 'ft.lru_cache') is not allowed in this exercise", 10),
    "getattr": (BASE + "import contextlib\nS = getattr(contextlib, 'suppress')\n",
                "using 'contextlib.suppress' is not allowed in this exercise", 8),
    "other_name_allowed": (BASE + "import contextlib\nC = contextlib.contextmanager\n", None, None),
    "not_a_generator": ("def gen():\n    return [1]\n\n\nclass Box:\n    pass\n",
                        "gen must be a generator function (a def that uses yield)", 1),
    "nested_yield_only": ("def gen():\n    def inner():\n        yield 1\n    return inner()\n\n\nclass Box:\n    pass\n",
                          "gen must be a generator function (a def that uses yield)", 1),
    "no_generator": ("class Box:\n    pass\n",
                     "gen must be defined at the top level of the solution as a generator function (a def that uses yield)", None),
    "not_a_class": ("def gen():\n    yield 1\n\n\nBox = type('Box', (), {})\n",
                    "Box must be defined with a class statement at the top level of the solution", None),
    "function_not_class": ("def gen():\n    yield 1\n\n\ndef Box():\n    pass\n",
                           "Box must be defined with a class statement at the top level of the solution", 5),
}


class StaticRulesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-rules-test-"))
        paths = {}
        for name, (source, _, _) in CASES.items():
            paths[name] = cls.tmp / f"{name}.py"
            paths[name].write_text(source, encoding="utf-8")
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            cls.reports = dict(zip(paths, pool.map(lambda p: cli.check_json(EXERCISE, p, env={"XDG_DATA_HOME": str(cls.tmp)}),
                                                   paths.values())))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_every_case(self):
        for name, (_, message, line) in CASES.items():
            with self.subTest(case=name):
                report, code = self.reports[name]
                if message is None:
                    self.assertEqual((report["verdict"], code), ("accepted", 0), report["message"])
                    continue
                self.assertEqual((report["verdict"], code), ("rule_violation", 1))
                expected = message + (f" (line {line})" if line else "")
                self.assertEqual(report["message"], expected)
                for test in report["tests"]:  # no test runs after a broken rule
                    self.assertEqual(test["verdict"], "rule_violation")
                    self.assertEqual(test["message"], "not run: " + expected)

    def test_a_keyword_in_a_rule_is_a_spec_error(self):
        exercise = self.tmp / "keyword-rule"
        shutil.copytree(EXERCISE, exercise)
        yaml = (exercise / "exercise.yaml").read_text(encoding="utf-8")
        (exercise / "exercise.yaml").write_text(yaml.replace("forbid_names: [eval,", "forbid_names: [global, eval,"),
                                                encoding="utf-8")
        proc = cli.run("check", exercise, self.tmp / "base.py")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("exercise.yaml:29:18: rules.forbid_names: 'global' is a Python keyword", proc.stderr)


if __name__ == "__main__":
    unittest.main()
