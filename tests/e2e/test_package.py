"""The Debian package (cmake/Packaging.cmake): built with CPack (or the one
$PYJUDGE_DEB names, for `scripts/package --check`), its Depends checked against
the libraries its binaries need, then extracted with dpkg-deb -x into a
throwaway root and run from / with no source tree and no PYJUDGE_* variables:
list, validate, show, check, doctor (InstalledPyjudge) and grade."""
import json
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
from test_install import BUILD_DIR, InstalledPyjudge, run_from_root  # noqa: E402

CPACK = os.environ.get("CPACK_COMMAND", "cpack")
BINARIES = ("bin/pyjudge", "libexec/pyjudge/pyjudge-runner")  # under PREFIX


def output(*command):
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=300).stdout


def build_deb(folder):
    output(CPACK, "--config", str(BUILD_DIR / "CPackConfig.cmake"), "-B", str(folder))
    debs = list(folder.glob("pyjudge_*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


def needed_packages(binary):
    """The Debian packages that hold the shared libraries `binary` names (DT_NEEDED)."""
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", output("readelf", "-d", str(binary)))
    resolved = dict(re.findall(r"^\s*(\S+) => (/\S+)", output("ldd", str(binary)), re.M))
    return {owner(resolved[soname]) for soname in needed}


def owner(path):
    """The package holding `path`; with merged /usr, dpkg may know it as /lib/... or /usr/lib/..."""
    for candidate in (path, path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path):
        proc = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, timeout=60)
        if proc.returncode == 0:
            return proc.stdout.split(":")[0]
    raise AssertionError(f"no package holds {path}")


class PackageTest(InstalledPyjudge, unittest.TestCase):
    """The .deb extracted into a throwaway root: PREFIX is ROOT/usr."""

    @classmethod
    def make_prefix(cls, tmp):
        given = os.environ.get("PYJUDGE_DEB")
        cls.deb = pathlib.Path(given) if given else build_deb(tmp / "package")
        output("dpkg-deb", "-x", str(cls.deb), str(tmp / "root"))
        return tmp / "root" / "usr"

    def test_depends_names_every_library_the_binaries_need(self):
        depends = {d.split()[0] for d in output("dpkg-deb", "-f", str(self.deb), "Depends").strip().split(", ")}
        needed = set()
        for binary in BINARIES:
            needed |= needed_packages(self.prefix / binary)
        self.assertLessEqual(needed, depends)
        # The ones the runner and the judge are built on, by name.
        self.assertLessEqual({"libpython3.11", "libseccomp2", "libyaml-cpp0.7", "libstdc++6", "libc6"}, depends)

    def test_the_package_holds_the_install_layout_and_no_solution(self):
        files = output("dpkg-deb", "-c", str(self.deb))
        for part in BINARIES + ("share/pyjudge/exercises/lru-cache/tests.yaml", "share/doc/pyjudge/README.md"):
            self.assertIn(f"./usr/{part}\n", files)
        self.assertNotIn("/solution.", files)
        self.assertNotIn("/wrong/", files)

    def test_grade_runs_from_the_extracted_root(self):
        submissions = self.tmp / "submissions"
        for submitter, source in (("ann", "solution.py"), ("bob", "wrong/reports_every_repeat.py")):
            (submissions / submitter).mkdir(parents=True)
            shutil.copy(cli.EXERCISES / "find-duplicates" / source, submissions / submitter / "find-duplicates.py")
        report = self.tmp / "grades.json"
        proc = run_from_root(self.pyjudge, "grade", submissions, "-j", "2", "-q", "--json", report, env=self.env)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        verdicts = {s["submitter"]: s["verdict"] for s in json.loads(report.read_text(encoding="utf-8"))["submissions"]}
        self.assertEqual(verdicts, {"ann": "accepted", "bob": "wrong_answer"})


if __name__ == "__main__":
    unittest.main()
