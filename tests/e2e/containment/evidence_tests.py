"""Evidence of escape for every scenario, and the clean-up after every check."""
import os


from containment.harness import *  # noqa: E402,F401,F403


class EvidenceTests:
    # ----- evidence of escape, for every scenario -------------------------------------------

    def test_evidence_checks_find_what_they_look_for(self):
        # Positive controls, made by the suite itself before the checks ran.
        self.assertEqual(sorted(kind for kind, _, _ in self.listeners.contacts_of("listener_self_test")),
                         ["abstract", "tcp", "udp", "unix"])
        self.assertEqual(self.evidence_control, [os.path.join("/tmp", token("evidence_self_test"))])

    def test_no_escape_evidence(self):
        for name in sorted(self.checks):
            if name in KNOWN_ESCAPES:
                continue
            with self.subTest(scenario=name):
                self.assertNoEscape(self.checks[name])

    def test_known_escapes_are_marked_as_expected_failures(self):
        for name, why in KNOWN_ESCAPES.items():
            method = getattr(type(self), "test_" + name)
            self.assertTrue(getattr(method, "__unittest_expecting_failure__", False),
                            "%s (%s) is left out of test_no_escape_evidence: its own test must assert the evidence" % (name, why))

    # ----- the judge cleans up after every check -------------------------------------------

    def test_scratch_dirs_are_removed(self):
        left = {name: c.leftovers for name, c in self.checks.items() if c.leftovers}
        self.assertEqual(left, {}, "files left in TMPDIR after the check")

    def test_no_process_outlives_its_check(self):
        # Live processes only (any name: a candidate can rename itself);
        # kill_parent's own are asserted in test_kill_parent_leaves_no_process_behind.
        if not self.subreaper:
            self.skipTest("cannot become a child subreaper: orphans cannot be found")
        alive = [o for o in self.orphans if not o[1].startswith(("Z", "X"))]
        self.assertEqual(alive, [], "processes still running after every check was over")

    def test_judge_reaps_its_runner(self):
        if not self.subreaper:
            self.skipTest("cannot become a child subreaper: orphans cannot be found")
        zombies = [o for o in self.orphans if o[1].startswith(("Z", "X"))]
        self.assertEqual(zombies, [], "exited runner processes that pyjudge never waited for")

    def test_every_scenario_has_a_test(self):
        tested = {name[len("test_"):] for name in dir(self) if name.startswith("test_")}
        self.assertEqual(sorted(set(scenarios()) - tested), [])
