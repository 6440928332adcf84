"""`pyjudge grade`: finding submissions, the warm runner pool (replacement,
retry, internal_error), the sandbox check, progress and exit codes."""
import os
import pathlib
import pty
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402
from grade_batch import by_path, grade, load_json, solution, write_batch, wrong  # noqa: E402

def process_names():
    """{pid: (parent pid, comm)} of every process we can see."""
    table = {}
    for entry in os.listdir("/proc"):
        try:
            fields = pathlib.Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.isdigit():
            comm = fields[fields.index("(") + 1:fields.rindex(")")]
            table[int(entry)] = (int(fields[fields.rindex(")") + 2:].split()[1]), comm)
    return table


def zygote_lineage(root):
    """The names from `root` down to a process four levels below a pyjudge-zygote under it, or []."""
    table = process_names()
    for pid, (_, comm) in table.items():
        if comm != "pyjudge-zygote":
            continue
        below = [p for p, (parent, _) in table.items() if parent == pid]
        for _ in range(2):  # launcher > submission > test
            below = [p for p, (parent, _) in table.items() if parent in below]
        if not below:
            continue
        chain, p = [], below[0]
        while p in table and p != root:
            chain.append(table[p][1])
            p = table[p][0]
        if p == root:
            return [table[root][1]] + chain[::-1]
    return []


REAL_RUNNER = os.environ.get("PYJUDGE_RUNNER", str(cli.ROOT / "build" / "bin" / "pyjudge-runner"))
DYING_RUNNER = pathlib.Path(__file__).parent / "fixtures" / "dying_runner.py"


class GradeTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyjudge-grade-test-"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def dying_runner(self):
        """A PYJUDGE_RUNNER that relays to the real one (fixtures/dying_runner.py)."""
        state = self.tmp / "runner-state"
        state.mkdir()
        launcher = self.tmp / "runner"
        launcher.write_text(f"#!/bin/sh\nexec /usr/bin/python3 {DYING_RUNNER} {REAL_RUNNER} {state}\n")
        launcher.chmod(launcher.stat().st_mode | stat.S_IXUSR)
        return launcher, state

    def test_folder_layout_every_file_is_reported(self):
        subs = write_batch(self.tmp / "subs", {
            "alice/vector.py": solution("vector"),
            "alice/slots_point.py": solution("slots-point"),        # the module spelling of the slug
            "bob/vector.py": wrong("vector", "tuple_repr"),
            "bob/vectr.py": solution("vector"),                     # a typo
            "stray.py": solution("vector"),                         # not in a submitter folder
            "carol/old/vector.py": solution("vector"),              # too deep
            "carol/notes.txt": "not a submission",
            ".git/x.py": "ignored: hidden",
        })
        (subs / "carol" / "vector.py").symlink_to(cli.EXERCISES / "vector" / "solution.py")
        out = self.tmp / "out.json"
        proc = grade(subs, "--json", out, "-j", "2")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        subs = by_path(load_json(out))
        self.assertEqual(sorted(subs), ["alice/slots_point.py", "alice/vector.py", "bob/vector.py", "bob/vectr.py",
                                        "carol/old/vector.py", "carol/vector.py", "stray.py"])
        self.assertEqual(subs["alice/vector.py"]["verdict"], "accepted")
        self.assertEqual((subs["alice/slots_point.py"]["exercise"], subs["alice/slots_point.py"]["verdict"]),
                         ("slots-point", "accepted"))
        self.assertEqual(subs["bob/vector.py"]["verdict"], "wrong_answer")
        self.assertIn("no exercise named 'vectr'; did you mean: vector?", subs["bob/vectr.py"]["error"])
        self.assertIn("not inside a submitter folder", subs["stray.py"]["error"])
        self.assertIn("nested too deep", subs["carol/old/vector.py"]["error"])
        self.assertIn("symbolic link", subs["carol/vector.py"]["error"])
        for path in ("bob/vectr.py", "stray.py", "carol/old/vector.py", "carol/vector.py"):
            self.assertIsNone(subs[path]["verdict"])
            self.assertEqual(subs[path]["tests"], [])
        self.assertIn("graded 3 of 7 submissions", proc.stdout)

    def test_manifest_csv_and_yaml_give_the_same_grades(self):
        write_batch(self.tmp / "anywhere", {"one.py": solution("diamond-mro"), "two.py": wrong("diamond-mro", "bases_in_wrong_order"),
                                            "three.py": solution("diamond-mro")})
        csv_manifest = self.tmp / "list.csv"
        csv_manifest.write_text('path,exercise,submitter,comment\n'
                                'anywhere/one.py,diamond-mro,"lee, ann",first\n'
                                'anywhere/two.py,diamond_mro,kim,\n\n'
                                'anywhere/three.py,diamond-mro,kim,a second one\n')
        yaml_manifest = self.tmp / "list.yaml"
        yaml_manifest.write_text("- {submitter: 'lee, ann', exercise: diamond-mro, path: anywhere/one.py}\n"
                                 "- {submitter: kim, exercise: diamond_mro, path: anywhere/two.py}\n"
                                 "- {submitter: kim, exercise: diamond-mro, path: anywhere/three.py}\n")
        reports = []
        for manifest in (csv_manifest, yaml_manifest):
            out = self.tmp / (manifest.name + ".json")
            proc = grade("--manifest", manifest, "--json", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            reports.append(by_path(load_json(out)))
        self.assertEqual(reports[0].keys(), reports[1].keys())
        for path, sub in reports[0].items():
            self.assertEqual((sub["submitter"], sub["verdict"], sub["error"]),
                             (reports[1][path]["submitter"], reports[1][path]["verdict"], reports[1][path]["error"]))
        self.assertEqual(reports[0]["anywhere/one.py"]["submitter"], "lee, ann")
        self.assertEqual(reports[0]["anywhere/three.py"]["verdict"], "accepted")
        # Sorted by path, kim's first submission of diamond-mro is three.py: two.py is the second.
        self.assertIn("a second submission of diamond-mro by kim", reports[0]["anywhere/two.py"]["error"])

    def test_malformed_manifest_is_a_usage_error_with_its_line(self):
        manifest = self.tmp / "list.csv"
        manifest.write_text("submitter,exercise,path\nkim,vector,\n")
        proc = grade("--manifest", manifest)
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"{manifest}:2:", proc.stderr)
        bad_yaml = self.tmp / "list.yaml"
        bad_yaml.write_text("- {submitter: kim, exercise: vector, path: a.py, colour: red}\n")
        proc = grade("--manifest", bad_yaml)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("colour", proc.stderr)

    def test_refuses_to_grade_when_a_sandbox_layer_is_missing(self):
        # PYJUDGE_DISABLE_LAYERS switches a layer off in the runner, so that this
        # test sees a missing layer on any host; the weak run names what is missing.
        subs = write_batch(self.tmp / "subs", {"kim/vector.py": solution("vector")})
        env = {"PYJUDGE_DISABLE_LAYERS": "landlock"}
        weak = {name: self.tmp / name for name in ("weak.json", "weak.csv", "weak.xml")}
        proc = grade(subs, "--allow-weak-sandbox", "--json", weak["weak.json"], "--csv", weak["weak.csv"],
                     "--junit", weak["weak.xml"], "--exercism", self.tmp / "ex", env=env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        report = load_json(weak["weak.json"])
        missing = report["sandbox"]["missing_layers"]
        self.assertIn("landlock", missing)
        self.assertTrue(report["sandbox"]["weak_allowed"])
        note = report["sandbox"]["note"]
        self.assertIn("weak sandbox: missing", note)
        for path in weak.values():  # every report says so
            self.assertIn(note, path.read_text())
        self.assertIn(note, (self.tmp / "ex" / "kim" / "vector" / "results.json").read_text())

        refused = self.tmp / "refused.json"
        proc = grade(subs, "--json", refused, env=env)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("refusing to grade", proc.stderr)
        for layer in missing:
            self.assertIn(layer, proc.stderr)
        self.assertIn("--allow-weak-sandbox", proc.stderr)
        self.assertFalse(refused.exists())

    def test_a_dead_runner_is_replaced_and_its_submission_retried_once(self):
        runner, state = self.dying_runner()
        ok = solution("vector")
        subs = write_batch(self.tmp / "subs", {
            "a/vector.py": ok,
            "b/vector.py": "# KILL-RUNNER-ONCE\n" + ok,    # the retry on a fresh runner passes
            "c/vector.py": "# KILL-RUNNER-ALWAYS\n" + ok,  # dies twice: internal_error
            "d/vector.py": ok,
        })
        out, junit, csv = self.tmp / "out.json", self.tmp / "out.xml", self.tmp / "out.csv"
        proc = grade(subs, "-j", "1", "--json", out, "--junit", junit, "--csv", csv, env={"PYJUDGE_RUNNER": str(runner)})
        self.assertEqual(proc.returncode, 1, proc.stderr)  # a submission got internal_error
        subs = by_path(load_json(out))
        self.assertEqual({p: s["verdict"] for p, s in subs.items()},
                         {"a/vector.py": "accepted", "b/vector.py": "accepted", "c/vector.py": "internal_error",
                          "d/vector.py": "accepted"})
        self.assertIn("the runner failed twice", subs["c/vector.py"]["message"])
        self.assertIn('<error type="internal_error"', junit.read_text())
        self.assertIn("c,error", csv.read_text())
        # One runner for the probe, a and b; a fresh one for b's retry and c;
        # another for c's retry; a last one for d.
        self.assertEqual(len((state / "starts").read_text().split()), 4)

    def test_a_hung_runner_is_killed_at_the_deadline_and_its_submission_retried(self):
        runner, state = self.dying_runner()
        exercises = self.tmp / "exercises"
        shutil.copytree(cli.ROOT / "tests" / "e2e" / "fixtures" / "probe", exercises / "probe")
        spec = exercises / "probe" / "exercise.yaml"
        spec.write_text(spec.read_text().replace("wall_ms: 2000", "wall_ms: 500"))  # a deadline of ~13 s
        ok = "def run():\n    return 42\n"
        subs = write_batch(self.tmp / "subs", {"a/probe.py": "# HANG-RUNNER-ONCE\n" + ok, "b/probe.py": ok})
        out = self.tmp / "out.json"
        proc = grade(subs, "-j", "1", "--exercises", exercises, "--json", out, env={"PYJUDGE_RUNNER": str(runner)})
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual({p: s["verdict"] for p, s in by_path(load_json(out)).items()},
                         {"a/probe.py": "accepted", "b/probe.py": "accepted"})
        # The hung runner (after the probe) is replaced for a's retry, which b then reuses.
        self.assertEqual(len((state / "starts").read_text().split()), 2)

    def test_runners_stay_warm_across_submissions(self):
        runner, state = self.dying_runner()
        subs = write_batch(self.tmp / "subs", {f"s{i}/call-counter.py": solution("call-counter") for i in range(10)})
        proc = grade(subs, "-j", "2", env={"PYJUDGE_RUNNER": str(runner)})
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("accepted: 10", proc.stdout)
        # One per lane at most (two lanes per core: docs/grade.md), never one per job.
        self.assertLessEqual(len((state / "starts").read_text().split()), 4)

    def test_a_submission_whose_tests_wait_lends_its_core_to_the_next(self):
        runner, state = self.dying_runner()
        waits = "import time\ntime.sleep(60)  # LANE-TAG:a\n"  # stopped at the wall-clock limit, idle all along
        subs = write_batch(self.tmp / "subs", {"a/call-counter.py": waits,
                                               "b/call-counter.py": solution("call-counter") + "# LANE-TAG:b\n"})
        proc = grade(subs, "-j", "1", "--json", self.tmp / "r.json", env={"PYJUDGE_RUNNER": str(runner)})
        self.assertEqual(proc.returncode, 0, proc.stderr)
        verdicts = {path: s["verdict"] for path, s in by_path(load_json(self.tmp / "r.json")).items()}
        self.assertEqual(verdicts, {"a/call-counter.py": "time_limit_exceeded", "b/call-counter.py": "accepted"})
        events = (state / "events").read_text().split("\n")
        # With one core, b still ran while a slept: a said it waits, and b began and ended before a ended.
        self.assertLess(events.index("job a"), events.index("waiting a"))
        self.assertLess(events.index("waiting a"), events.index("job b"))
        self.assertLess(events.index("end b"), events.index("end a"))

    def probe_catalog(self):
        catalog = self.tmp / "catalog"
        catalog.mkdir()
        shutil.copytree(cli.FIXTURES / "probe", catalog / "probe")
        return catalog

    def test_a_submission_sees_only_the_modules_it_and_its_tests_import(self):
        # a's module list gets a zygote that imports fractions; b's must not see it, whatever ran before.
        subs = write_batch(self.tmp / "subs", {
            "a/probe.py": "import fractions\n\ndef run():\n    return 42\n",
            "b/probe.py": "import sys\n\ndef run():\n    return 0 if 'fractions' in sys.modules else 42\n",
            "c/probe.py": "import fractions\n\ndef run():\n    return 42\n"})
        proc = grade(subs, "-j", "1", "--exercises", self.probe_catalog(), "--json", self.tmp / "r.json")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        verdicts = {path: s["verdict"] for path, s in by_path(load_json(self.tmp / "r.json")).items()}
        self.assertEqual(verdicts, {"a/probe.py": "accepted", "b/probe.py": "accepted", "c/probe.py": "accepted"})

    def test_a_submission_runs_in_a_launcher_forked_from_its_zygote(self):
        subs = write_batch(self.tmp / "subs", {"a/probe.py": "import time\ntime.sleep(60)\n"})  # until the wall limit
        proc = subprocess.Popen([cli.PYJUDGE, "grade", str(subs), "-q", "--exercises", str(self.probe_catalog())],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            lineage = []
            for _ in range(100):  # 10 s at most; the test sleeps until its 2 s wall-clock limit
                lineage = zygote_lineage(proc.pid)
                if lineage:
                    break
                time.sleep(0.1)
        finally:
            proc.wait(timeout=120)
        # grade > runner > zygote > launcher > submission > test
        self.assertEqual(lineage, ["pyjudge", "pyjudge-runner", "pyjudge-zygote", "pyjudge-runner", "pyjudge-runner",
                                   "pyjudge-runner"])

    def test_progress_lines_on_a_pipe(self):
        subs = write_batch(self.tmp / "subs", {f"s{i}/vector.py": solution("vector") for i in range(3)})
        proc = cli.run("grade", subs, "-j", "2")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stderr.splitlines(), ["graded 1/3", "graded 2/3", "graded 3/3"])
        self.assertNotIn("\r", proc.stderr)

    def test_progress_bar_on_a_terminal(self):
        subs = write_batch(self.tmp / "subs", {f"s{i}/vector.py": solution("vector") for i in range(3)})
        controller, terminal = pty.openpty()
        proc = subprocess.run([cli.PYJUDGE, "grade", str(subs)], stdout=subprocess.PIPE, stderr=terminal, timeout=120)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not chunk:
                break
            shown += chunk
        os.close(controller)
        self.assertEqual(proc.returncode, 0)
        self.assertIn(b"\r[", shown)
        self.assertRegex(shown, rb"\[#+\] 3/3 ")
        self.assertNotIn(b"graded 1/3", shown)

    def test_usage_errors_exit_2(self):
        subs = write_batch(self.tmp / "subs", {"kim/vector.py": solution("vector")})
        manifest = self.tmp / "m.csv"
        manifest.write_text("submitter,exercise,path\n")
        for args in [(subs, "--manifest", manifest), (), (self.tmp / "nowhere",), (subs, "--shard", "4/4"),
                     (subs, "--shard", "x"), (subs, "--exercises", self.tmp / "no-catalog")]:
            proc = grade(*args)
            self.assertEqual(proc.returncode, 2, (args, proc.stdout, proc.stderr))
            self.assertTrue(proc.stderr.strip(), args)


if __name__ == "__main__":
    unittest.main()
