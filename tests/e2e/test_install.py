"""pyjudge outside its build tree: --version, where it finds its catalog and
runner, and what it says when the catalog is missing."""
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


if __name__ == "__main__":
    unittest.main()
