"""`pyjudge doctor` and --require-sandbox: a missing layer is always said, never silent."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cli  # noqa: E402

LAYERS = ["process_state", "user_namespace", "pid_namespace", "net_namespace", "ipc_namespace",
          "mount_namespace", "private_root", "uts_namespace", "no_new_privs", "capabilities", "rlimits", "landlock",
          "seccomp", "supervisor"]
SOLUTION = cli.EXERCISES / "find-duplicates" / "solution.py"


class SandboxCliTest(unittest.TestCase):
    def test_doctor_shows_every_layer_active_on_this_host(self):
        proc = cli.run("doctor")
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        for layer in LAYERS:
            self.assertRegex(proc.stdout, rf"active\s+{layer}\n")
        self.assertIn("probe    accepted", proc.stdout)

    def test_doctor_names_a_missing_layer_and_why(self):
        proc = cli.run("doctor", env={"PYJUDGE_DISABLE_LAYERS": "landlock,net_namespace"})
        self.assertEqual(proc.returncode, 1)
        self.assertRegex(proc.stdout, r"MISSING\s+landlock\s+\(disabled for this run")
        self.assertRegex(proc.stdout, r"MISSING\s+net_namespace\s+\(disabled for this run")
        self.assertRegex(proc.stdout, r"active\s+seccomp\n")
        self.assertIn("the sandbox is incomplete", proc.stdout)

    def test_a_private_root_needs_a_mount_namespace(self):
        proc = cli.run("doctor", env={"PYJUDGE_DISABLE_LAYERS": "mount_namespace"})
        self.assertEqual(proc.returncode, 1)
        self.assertRegex(proc.stdout, r"MISSING\s+private_root\s+\(it needs a mount namespace\)")
        self.assertIn("probe    accepted", proc.stdout)  # the layers left still run the probe

    def test_every_report_lists_the_enforced_layers(self):
        report, code = cli.check_json("find-duplicates", SOLUTION)
        self.assertEqual(code, 0)
        self.assertEqual(sorted(report["sandbox_layers"]), sorted(LAYERS))
        self.assertEqual(report["missing_layers"], [])
        report, code = cli.check_json("find-duplicates", SOLUTION, env={"PYJUDGE_DISABLE_LAYERS": "seccomp"})
        self.assertEqual(code, 0)  # a weaker sandbox still runs unless told otherwise...
        self.assertNotIn("seccomp", report["sandbox_layers"])
        self.assertTrue(any(m.startswith("seccomp: ") for m in report["missing_layers"]))  # ...and says so

    def test_require_sandbox_refuses_when_a_layer_is_missing(self):
        for env, args in (({"PYJUDGE_DISABLE_LAYERS": "seccomp"}, ["--require-sandbox"]),
                          ({"PYJUDGE_DISABLE_LAYERS": "user_namespace", "PYJUDGE_REQUIRE_SANDBOX": "1"}, []),
                          ({"PYJUDGE_DISABLE_LAYERS": "private_root"}, ["--require-sandbox"])):
            with self.subTest(env=env, args=args):
                proc = cli.run("check", "find-duplicates", SOLUTION, "--format", "json", *args, env=env)
                self.assertEqual(proc.returncode, 3)
                import json
                report = json.loads(proc.stdout)
                self.assertEqual(report["verdict"], "internal_error")
                self.assertIn("refusing to run: the sandbox is incomplete", report["message"])
                self.assertTrue(all(t["message"] == "not run: the sandbox is incomplete" for t in report["tests"]))

    def test_require_sandbox_runs_when_every_layer_is_there(self):
        proc = cli.run("check", "find-duplicates", SOLUTION, "--require-sandbox")
        self.assertEqual(proc.returncode, 0, proc.stdout)


if __name__ == "__main__":
    unittest.main()
