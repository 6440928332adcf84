"""`pyjudge seal`: the learners' copy of the catalog. No solution is in it; no
expected value of a hidden test can be read in it; a SQL and a write-the-tests
exercise keep what they need to run (docs/spec-format.md, "Sealed catalogs").
That every reference and known-wrong solution gets the same verdicts against
the sealed copy as against the plain one is the ctest seal.verdicts
(tests/tools/sealed_verdicts.cpp), also run here on the other kinds."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

# Hidden tests that stay plain, by design and by name: approx tests (a digest
# cannot compare within a tolerance) and raises tests (they name a class the
# statement documents). A new one must be added here on purpose.
PLAIN_APPROX = {
    "async-retry-backoff": [
        "delays double from base_delay, and the last exception propagates",
        "a custom factor, with the delay capped at max_delay",
        "the default cap is 60 seconds",
        "a success ends the retries, and a first-time success never sleeps",
        "an exception not in retry_on propagates at once",
        "subclasses of the retry_on classes are retried, other exceptions are not",
        "jitter gets the capped delay and its result is slept",
        "a jitter that adds time may go past the cap",
        "a cancellation is never retried, even with retry_on=(BaseException,)",
    ],
    "dijkstra": [
        "a path with more edges can be lighter",
        "a node's distance can still drop after it is first reached",
        "edges are followed in their direction only",
        "unreachable nodes are left out",
        "nodes that are only targets of edges",
        "zero-weight edges",
        "nodes of different kinds that cannot be compared",
        "float weights",
        "shortest paths in a random graph of 300 nodes",
        "a dense start on a large sparse graph",
    ],
    "property-classmethod": [
        "a rejected celsius value leaves the old value in place",
        "fahrenheit is computed from celsius every time it is read",
        "setting fahrenheit updates celsius",
        "setting fahrenheit below absolute zero raises and changes nothing",
        "from_fahrenheit builds a Temperature",
        "c_to_f works on the class and on an instance, without a check",
        "instances keep separate temperatures",
    ],
    "running-average": [
        "a fractional average is not rounded",
        "floats and negative numbers",
        "sending zero counts as a number",
        "ten thousand values",
    ],
    "shape-abc": ["circle area and perimeter", "rectangle with float sides", "tiny positive dimensions are accepted"],
    "vector": ["abs is the Euclidean norm as a float"],
}
PLAIN_RAISES = {
    "bounded-memoize": ["negative maxsize is rejected when memoize is called"],
    "chunked": ["size 0 raises ValueError at call time", "a negative size raises ValueError at call time"],
    "compose-curry": ["compose rejects a non-callable at once"],
    "counter-closure": ["step 0 is rejected by make_counter itself"],
    "managed-file": ["an exception from the block is not swallowed"],
    "match-expression": ["division by zero raises ZeroDivisionError"],
    "property-classmethod": [
        "the constructor rejects a temperature below absolute zero",
        "from_fahrenheit rejects a value below absolute zero",
    ],
    "range-class": ["step 0 raises ValueError"],
    "retry-decorator": ["times=0 is rejected when retry is called", "negative times is rejected when retry is called"],
    "shape-abc": [
        "Shape itself cannot be instantiated",
        "a subclass without perimeter cannot be instantiated",
        "a subclass without area cannot be instantiated",
    ],
    "sliding-window": ["n equal to 0 raises ValueError at call time"],
    "slots-point": ["assigning an unknown attribute raises AttributeError"],
    "sql-crud": ["a taken email is refused in a table with gaps"],
    "suppress": ["a parent of a listed exception is not suppressed", "suppress() with no arguments suppresses nothing"],
    "typed-descriptor": [
        "reading an unset attribute raises AttributeError",
        "the constructor's assignments are checked too",
    ],
}
MARKER = ("# A learners' copy written by `pyjudge seal`: hidden tests carry digests, not expected values.\n"
          "sealed: true\n")
HEX = re.compile(r"\b(?:[0-9a-f]{64}|[0-9a-f]{32})\b")


class ValueLoader(yaml.SafeLoader):
    """Reads the catalog's tags, to render expected values as Python would."""


ValueLoader.add_constructor("!tuple", lambda loader, node: tuple(loader.construct_sequence(node, deep=True)))
ValueLoader.add_constructor("!set", lambda loader, node: set(loader.construct_sequence(node, deep=True)))
ValueLoader.add_constructor("!frozenset", lambda loader, node: frozenset(loader.construct_sequence(node, deep=True)))
ValueLoader.add_constructor("!bytes", lambda loader, node: loader.construct_scalar(node).encode("latin-1"))


def hidden_tests(tests_file):
    """(name, {key: node}) of each hidden test of a plain tests.yaml."""
    node = yaml.compose(tests_file.read_text(encoding="utf-8"))
    for item in node.value:
        fields = {key.value: value for key, value in item.value}
        if "visible" in fields and fields["visible"].value == "true":
            continue
        name = fields["name"]
        yield (name.value if isinstance(name, yaml.ScalarNode) else dict((k.value, v.value) for k, v in name.value)["en"]), fields


def renderings(node, source):
    """The ways an expected value could be written: as in the source, as Python
    and JSON write it, and a long enough string as itself. Renderings shorter
    than three characters (5, [], a one-letter name) stand everywhere in code
    and limits: a text search cannot tell them apart, the digests hide them."""
    out = {source[node.start_mark.index:node.end_mark.index]}
    value = yaml.load(yaml.serialize(node), Loader=ValueLoader)
    out.add(repr(value))
    if isinstance(value, str):
        out.add(json.dumps(value))
        if len(value) >= 6:
            out.add(value)
            out.update(line for line in value.splitlines() if len(line) >= 6)
    return {r for r in out if len(r.strip()) >= 3}


def expectation_nodes(fields):
    """The expect and stdout nodes of a test, and a SQL test's expected column names."""
    nodes = [fields[key] for key in ("expect", "stdout") if key in fields]
    if "columns" in fields and isinstance(fields["columns"], yaml.SequenceNode):
        nodes.append(fields["columns"])
    return nodes


def expected_values(fields):
    """The expectation nodes, and a code test's observations or a SQL test's rows one by one."""
    nodes = expectation_nodes(fields)
    if ("code" in fields or "fixture" in fields) and "expect" in fields and isinstance(fields["expect"], yaml.SequenceNode):
        nodes.extend(fields["expect"].value)
    return nodes


def kept_files(folder):
    """What the sealed copy of an exercise holds besides exercise.yaml: its
    tests.yaml, and the files its kind runs (docs/spec-format.md)."""
    kind = (yaml.load((folder / "exercise.yaml").read_text(encoding="utf-8"), Loader=ValueLoader) or {}).get("kind", "python")
    kept = ["tests.yaml"] if kind != "tests" and (folder / "tests.yaml").exists() else []
    if kind == "sql":
        kept += [f"fixtures/{p.name}" for p in (folder / "fixtures").glob("*.sql")]
    if kind == "tests":
        kept += ["implementation.py"] + [f"mutants/{p.name}" for p in (folder / "mutants").glob("*.py")]
    return kept


def extent(node):
    """Where a node's text starts and ends. A block collection's end mark lies
    after the comments that follow it: end at its last child instead."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style or not node.value:
        return node.start_mark.index, node.end_mark.index
    last = node.value[-1]
    return node.start_mark.index, extent(last[1] if isinstance(last, tuple) else last)[1]


def without_spans(text, nodes):
    for start, end in sorted(map(extent, nodes), reverse=True):
        text = text[:start] + text[end:]
    return text


class SealTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-seal-test-"))
        cls.sealed = cls.tmp / "sealed"
        proc = cli.run("seal", cli.EXERCISES, cls.sealed)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        cls.summary = proc.stdout

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_only_the_statement_the_sealed_tests_and_what_runs_them_are_copied(self):
        expected = set()
        for slug in cli.slugs():
            expected |= {f"{slug}/{name}" for name in ["exercise.yaml", *kept_files(cli.EXERCISES / slug)]}
        copied = {str(p.relative_to(self.sealed)) for p in self.sealed.rglob("*") if p.is_file()}
        self.assertEqual(copied, expected)
        solutions = [p.read_text(encoding="utf-8").strip() for p in cli.EXERCISES.glob("*/solution.*")]
        solutions += [p.read_text(encoding="utf-8").strip() for p in cli.EXERCISES.glob("*/wrong/*")]
        self.assertGreater(len(solutions), 800)
        for path in self.sealed.rglob("*"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                for solution in solutions:
                    self.assertNotIn(solution, text, path)

    def test_the_statement_is_kept_byte_for_byte_and_marked_sealed(self):
        for slug in cli.slugs():
            plain = (cli.EXERCISES / slug / "exercise.yaml").read_text(encoding="utf-8")
            sealed = (self.sealed / slug / "exercise.yaml").read_text(encoding="utf-8")
            self.assertEqual(sealed, plain.rstrip("\n") + "\n" + MARKER, slug)
        proc = cli.run("validate", "--exercises", self.sealed)
        self.assertEqual(proc.returncode, 0, proc.stdout)

    def test_the_plain_hidden_tests_are_exactly_the_listed_approx_and_raises_ones(self):
        approx, raises = {}, {}
        for slug in cli.slugs():
            tests_file = self.sealed / slug / "tests.yaml"
            if not tests_file.exists():
                continue
            for name, fields in hidden_tests(tests_file):
                if "sealed" in fields:
                    self.assertNotIn("expect", fields)
                    self.assertNotIn("stdout", fields)
                    continue
                is_approx = "compare" in fields and fields["compare"].value == "approx"
                self.assertTrue(is_approx or ("raises" in fields and "expect" not in fields and "stdout" not in fields),
                                f"{slug}: hidden test '{name}' is neither sealed, approx nor raises")
                (approx if is_approx else raises).setdefault(slug, []).append(name)
        self.assertEqual(approx, PLAIN_APPROX)
        self.assertEqual(raises, PLAIN_RAISES)
        self.assertIn("plain: 34 approx, 22 raises", self.summary)

    def test_no_expected_value_of_a_hidden_test_can_be_read(self):
        searched = 0
        for slug in cli.slugs():
            tests_file = cli.EXERCISES / slug / "tests.yaml"
            if not tests_file.exists():
                continue
            source = tests_file.read_text(encoding="utf-8")
            statement = (cli.EXERCISES / slug / "exercise.yaml").read_text(encoding="utf-8")
            plain_kept = set(PLAIN_APPROX.get(slug, []) + PLAIN_RAISES.get(slug, []))
            hidden = [(name, fields) for name, fields in hidden_tests(tests_file) if name not in plain_kept]
            # What a learner may read anyway: the statement, and the tests without their expectations.
            readable = statement + without_spans(source, [n for _, fields in hidden for n in expectation_nodes(fields)])
            # The sealed mappings hold nothing but hex digests (checked here), so
            # they are left out of the search: a digest may contain "12" by chance.
            sealed_mappings = []
            for _, fields in hidden_tests(self.sealed / slug / "tests.yaml"):
                if "sealed" in fields:
                    for key, value in fields["sealed"].value:
                        self.assertIn(key.value, ("salt", "expect", "stdout"))
                        for digest in (value.value if isinstance(value, yaml.SequenceNode) else [value]):
                            self.assertRegex(digest.value, r"^(?:[0-9a-f]{64}|[0-9a-f]{32})$")
                    sealed_mappings.append(fields["sealed"])
            sealed_text = without_spans((self.sealed / slug / "tests.yaml").read_text(encoding="utf-8"), sealed_mappings)
            self.assertIsNone(HEX.search(sealed_text))
            sealed_text += (self.sealed / slug / "exercise.yaml").read_text(encoding="utf-8").replace(MARKER, "")
            for name, fields in hidden:
                for node in expected_values(fields):
                    for text in renderings(node, source):
                        searched += 1
                        self.assertLessEqual(sealed_text.count(text), readable.count(text),
                                             f"{slug}: '{name}' expects {text!r}, which the sealed copy shows")
        self.assertGreater(searched, 500)

    def test_seal_refuses_an_existing_folder_and_a_sealed_catalog(self):
        proc = cli.run("seal", cli.EXERCISES, self.sealed)
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"{self.sealed} exists and is not an empty folder", proc.stderr)
        proc = cli.run("seal", self.sealed, self.tmp / "again")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("is sealed already", proc.stderr)
        self.assertFalse((self.tmp / "again").exists())


class SealedKindsTest(unittest.TestCase):
    """tests/e2e/fixtures' SQL and write-the-tests exercises, sealed."""

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-seal-kinds-test-"))
        self.plain = self.tmp / "plain"
        for slug in ("sql-demo", "tests-demo"):
            shutil.copytree(cli.FIXTURES / slug, self.plain / slug)
        self.sealed = self.tmp / "sealed"
        proc = cli.run("seal", self.plain, self.sealed)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.summary = proc.stdout

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_what_each_kind_needs_to_run_is_copied_and_no_more(self):
        copied = {str(p.relative_to(self.sealed)) for p in self.sealed.rglob("*") if p.is_file()}
        self.assertEqual(copied, {
            "sql-demo/exercise.yaml", "sql-demo/tests.yaml", "sql-demo/fixtures/many.sql", "sql-demo/fixtures/shop.sql",
            "tests-demo/exercise.yaml", "tests-demo/implementation.py", "tests-demo/mutants/no_check.py",
            "tests-demo/mutants/off_by_one.py", "tests-demo/mutants/swapped.py"})
        self.assertIn("readable: 3 mutants of write-the-tests exercises", self.summary)
        for name, fields in hidden_tests(self.sealed / "sql-demo" / "tests.yaml"):
            self.assertNotIn("expect", fields, name)

    def test_every_solution_judges_alike_against_the_sealed_copy(self):
        proc = subprocess.run([os.environ["PYJUDGE_SEALED_VERDICTS"], str(self.plain), str(self.sealed),
                               os.environ["PYJUDGE_RUNNER"], "2"], capture_output=True, text=True, timeout=600)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertRegex(proc.stdout, r"judged 9 runs of 2 exercises .*; 0 differences\n")


if __name__ == "__main__":
    unittest.main()
