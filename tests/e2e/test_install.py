"""pyjudge outside its build tree: --version, where it finds its catalog and
runner, what it says when the catalog is missing, and an install prefix that
works after it has been moved, from any folder."""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

BUILD_BIN = pathlib.Path(cli.PYJUDGE).parent
BUILD_DIR = pathlib.Path(os.environ.get("PYJUDGE_BUILD_DIR", BUILD_BIN.parent))
CMAKE = os.environ.get("CMAKE_COMMAND", "cmake")


def run_from_root(binary, *args, env=None, timeout=120):
    """Runs `binary` from / with neither PYJUDGE_EXERCISES nor PYJUDGE_RUNNER set,
    so that it can only find its parts relative to itself."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("PYJUDGE_EXERCISES", "PYJUDGE_RUNNER")}
    full_env.update(env or {})
    return subprocess.run([str(binary), *map(str, args)], capture_output=True, text=True, cwd="/",
                          env=full_env, timeout=timeout)


class VersionTest(unittest.TestCase):
    def test_version_names_the_build_the_embedded_python_and_the_protocol(self):
        proc = run_from_root(cli.PYJUDGE, "--version")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        lines = proc.stdout.splitlines()
        self.assertEqual(len(lines), 3, proc.stdout)
        self.assertRegex(lines[0], r"^pyjudge \d+\.\d+\.\d+ \(git ([0-9a-f]{12}(-dirty)?|unknown)\)$")
        self.assertRegex(lines[1], r"^CPython 3\.\d+\.\d+ \(embedded by pyjudge-runner\)$")
        # The runner's own Hello says which CPython it runs: the same one.
        doctor = run_from_root(cli.PYJUDGE, "doctor")
        python = re.search(r"^python +(\S+)", doctor.stdout, re.M).group(1)
        self.assertEqual(lines[1].split()[1], python)
        self.assertRegex(lines[2], r"^protocol \d+$")


class MissingCatalogTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-install-test-"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def assert_names_missing_folder(self, proc, folder):
        self.assertEqual(proc.returncode, 2, proc.stdout + proc.stderr)
        self.assertIn(f"no exercise catalog at {folder}: no such folder", proc.stderr)

    def test_list_and_validate_name_a_missing_catalog_folder(self):
        missing = self.tmp / "no-catalog"
        for command in ("list", "validate"):
            with self.subTest(command=command, given="--exercises"):
                self.assert_names_missing_folder(run_from_root(cli.PYJUDGE, command, "--exercises", missing), missing)
            with self.subTest(command=command, given="PYJUDGE_EXERCISES"):
                proc = run_from_root(cli.PYJUDGE, command, env={"PYJUDGE_EXERCISES": str(missing)})
                self.assert_names_missing_folder(proc, missing)

    def test_a_copied_binary_looks_in_its_share_dir_not_the_source_tree(self):
        bin_dir = self.tmp / "prefix" / "bin"
        bin_dir.mkdir(parents=True)
        pyjudge = shutil.copy2(cli.PYJUDGE, bin_dir)
        shutil.copy2(BUILD_BIN / "pyjudge-runner", bin_dir)
        installed = self.tmp / "prefix" / "share" / "pyjudge" / "exercises"
        for command in ("list", "validate"):
            with self.subTest(command=command):
                self.assert_names_missing_folder(run_from_root(pyjudge, command), installed)
        proc = run_from_root(pyjudge, "check", "find-duplicates", cli.EXERCISES / "find-duplicates" / "solution.py")
        self.assert_names_missing_folder(proc, installed)
        # An exercise named by its folder needs no catalog.
        proc = run_from_root(pyjudge, "check", cli.EXERCISES / "find-duplicates",
                             cli.EXERCISES / "find-duplicates" / "solution.py", "--no-record",
                             env={"XDG_DATA_HOME": str(self.tmp / "data")})
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        doctor = run_from_root(pyjudge, "doctor")
        self.assertIn(f"catalog  {installed} (installed): no such folder", doctor.stdout)
        self.assertIn(f"runner   {bin_dir / 'pyjudge-runner'} (next to pyjudge)", doctor.stdout)


class BuildTreeTest(unittest.TestCase):
    def test_the_build_tree_binary_uses_the_source_catalog_unless_told_otherwise(self):
        doctor = run_from_root(cli.PYJUDGE, "doctor")
        self.assertRegex(doctor.stdout, rf"(?m)^catalog  {re.escape(str(cli.EXERCISES))} \(source tree, \d+ exercises\)$")
        doctor = run_from_root(cli.PYJUDGE, "doctor", env={"PYJUDGE_EXERCISES": str(cli.FIXTURES)})
        self.assertIn(f"catalog  {cli.FIXTURES} ($PYJUDGE_EXERCISES, ", doctor.stdout)


def complete(completion_file, *words):
    """What the bash completion offers for `words` (the last one being typed)."""
    script = ('source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _pyjudge; '
              'printf "%s\\n" "${COMPREPLY[@]}"')
    proc = subprocess.run(["bash", "-c", script, "complete", str(completion_file), *map(str, words)],
                          capture_output=True, text=True, cwd="/", timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [line for line in proc.stdout.splitlines() if line]


class InstalledPyjudge:
    """What must hold of pyjudge installed under a prefix, run from / with
    neither the source tree nor the environment to help. Shared by the install
    and the package tests; a subclass makes the prefix in make_prefix(tmp)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-installed-test-"))
        cls.prefix = cls.make_prefix(cls.tmp)
        cls.pyjudge = cls.prefix / "bin" / "pyjudge"
        cls.catalog = cls.prefix / "share" / "pyjudge" / "exercises"
        cls.env = cli.learner_env(cls.tmp / "data")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_the_layout(self):
        for part in ("bin/pyjudge", "libexec/pyjudge/pyjudge-runner", "share/doc/pyjudge/README.md",
                     "share/doc/pyjudge/docs/cli.md", "share/bash-completion/completions/pyjudge"):
            self.assertTrue((self.prefix / part).is_file(), part)
        self.assertEqual(cli.slugs(self.catalog), cli.slugs())

    def test_the_installed_catalog_is_sealed(self):
        self.assertEqual(list(self.catalog.glob("*/solution.*")) + list(self.catalog.glob("*/wrong")), [])
        for slug in cli.slugs():
            self.assertIn("\nsealed: true\n", (self.catalog / slug / "exercise.yaml").read_text(encoding="utf-8"))
        self.assertIn("sealed:", (self.catalog / "find-duplicates" / "tests.yaml").read_text(encoding="utf-8"))

    def test_list_validate_and_doctor_find_the_installed_parts(self):
        proc = run_from_root(self.pyjudge, "list", env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual([line.split()[0] for line in proc.stdout.splitlines()[1:]], cli.slugs())
        proc = run_from_root(self.pyjudge, "validate", env=self.env)
        self.assertEqual((proc.returncode, proc.stdout.splitlines()[-1]),
                         (0, f"validated {len(cli.slugs())} exercises: no errors"))
        proc = run_from_root(self.pyjudge, "doctor", env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertIn(f"runner   {self.prefix / 'libexec/pyjudge/pyjudge-runner'} (installed)\n", proc.stdout)
        self.assertIn(f"catalog  {self.catalog} (installed, {len(cli.slugs())} exercises)\n", proc.stdout)

    def test_check_and_show_from_anywhere(self):
        solution = self.tmp / "find_duplicates.py"
        shutil.copy(cli.EXERCISES / "find-duplicates" / "solution.py", solution)
        proc = run_from_root(self.pyjudge, "check", "find-duplicates", solution, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        shutil.copy(cli.EXERCISES / "find-duplicates" / "wrong" / "reports_every_repeat.py", solution)
        proc = run_from_root(self.pyjudge, "check", "find-duplicates", solution, env=self.env)
        self.assertEqual(proc.returncode, 1, proc.stdout + proc.stderr)
        self.assertIn("wrong answer", proc.stdout)
        proc = run_from_root(self.pyjudge, "show", "lru-cache", env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("LRU", proc.stdout)

    def test_a_missing_installed_catalog_is_named(self):
        hidden = self.tmp / "catalog-elsewhere"
        self.catalog.rename(hidden)
        try:
            for command in ("list", "validate"):
                proc = run_from_root(self.pyjudge, command, env=self.env)
                self.assertEqual(proc.returncode, 2, proc.stdout)
                self.assertIn(f"no exercise catalog at {self.catalog}: no such folder", proc.stderr)
        finally:
            hidden.rename(self.catalog)

    def test_bash_completion_offers_commands_options_and_slugs(self):
        completion = self.prefix / "share" / "bash-completion" / "completions" / "pyjudge"
        help_text = run_from_root(self.pyjudge, "--help").stdout
        commands = [line.split()[0] for line in help_text.split("Subcommands:")[1].splitlines() if line.strip()]
        self.assertIn("seal", commands)
        self.assertEqual(complete(completion, self.pyjudge, ""), commands + ["--help", "--version"])
        self.assertEqual(complete(completion, self.pyjudge, "check", "--ex"), ["--exercises"])
        self.assertEqual(complete(completion, self.pyjudge, "check", "lru"), ["lru-cache"])
        self.assertEqual(complete(completion, self.pyjudge, "show", "--lang", ""), ["en", "ru"])
        self.assertEqual(complete(completion, self.pyjudge, "check", "--exercises", cli.FIXTURES, "show-"), ["show-ru"])


class InstallTest(InstalledPyjudge, unittest.TestCase):
    """`cmake --install build --prefix P`, then P moved elsewhere."""

    @classmethod
    def make_prefix(cls, tmp):
        proc = subprocess.run([CMAKE, "--install", str(BUILD_DIR), "--prefix", str(tmp / "first")],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        (tmp / "first").rename(tmp / "moved")
        return tmp / "moved"


if __name__ == "__main__":
    unittest.main()
