"""Results the judge must not trust, and processes that end early."""
import os
import re


from containment.harness import *  # noqa: E402,F401,F403


class ResultsTests:
    # ----- positive control ---------------------------------------------------------

    def test_good_solution_is_accepted(self):
        c = self.check("good_solution", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertTestVerdicts(c, "accepted")
        self.assertEqual(c.report["score"], 1.0)

    # ----- results the judge must not trust -------------------------------------------

    def test_eq_always_true(self):
        c = self.check("eq_always_true")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        for t in c.report["tests"]:
            self.assertIn("unsupported type", t["message"])
            self.assertNotIn("MARKER", t.get("stderr", "") + t.get("stdout", ""), "a method of the candidate's object was called")

    def test_list_subclass(self):
        c = self.check("list_subclass")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        for t in c.report["tests"]:
            self.assertIn("unsupported type MyList", t["message"])

    def test_self_reference(self):
        c = self.check("self_reference")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        for t in c.report["tests"]:
            self.assertIn("nested deeper than", t["message"])

    def test_huge_result(self):
        c = self.check("huge_result")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertIn("larger than the result limit", c.test(CALL_TEST)["message"])

    def test_patch_observe(self):
        c = self.check("patch_observe")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        self.assertIn("actual:   41", c.test(CALL_TEST)["details"])
        self.assertIn("actual:   [41]", c.test(CODE_TEST)["details"])

    def test_observe_hijack(self):
        # run() calls the judge's own observe (found in its caller's globals) with
        # 42 and returns 41. A call test must be judged on the call's value only.
        c = self.check("observe_hijack")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")

    def test_forged_frames(self):
        c = self.check("forged_frames")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "runtime_error")
        self.assertIn("result the runner did not seal", c.test(CALL_TEST)["message"])

    def test_forged_result(self):
        c = self.check("forged_result")
        self.assertSentinel(c)
        self.assertVerdict(c, "runtime_error")
        for t in c.report["tests"]:
            self.assertIn("result the runner did not seal", t["message"])

    # ----- the process ends early -----------------------------------------------------

    def test_exit_at_import(self):
        c = self.check("exit_at_import")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c, CALL_TEST)
        self.assertSentinel(c, CODE_TEST)
        self.assertTestVerdicts(c, "runtime_error")

    def test_exit_in_function(self):
        c = self.check("exit_in_function")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "runtime_error")

    def test_raises(self):
        c = self.check("raises")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        with open(os.path.join(HOSTILE, "raises.py")) as f:
            line = next(i for i, text in enumerate(f, 1) if 'raise ValueError("boom")' in text)
        for t in c.report["tests"]:
            self.assertEqual(t["verdict"], "runtime_error")
            self.assertIn("ValueError", t["message"])
            details = t["details"]
            self.assertIn('File "%s", line %d, in helper' % (c.solution, line), details)
            self.assertIn("ValueError at line %d: " % line, t["message"])
            self.assertIn("ValueError: boom", details)
            self.assertEqual(set(re.findall(r'File "([^"]*)"', details)), {c.solution},
                             "a frame that is not the candidate's:\n" + details)
            self.assertNotIn("harness", details)

    def test_syntax_error(self):
        c = self.check("syntax_error")
        self.assertVerdict(c, "syntax_error")
        self.assertIn(c.solution + ", line 3", c.report["message"])
        self.assertTestVerdicts(c, "syntax_error")
        self.assertNotIn("SENTINEL", c.text)  # nothing ran

    def test_deep_recursion(self):
        c = self.check("deep_recursion")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertRegex(c.test(CALL_TEST)["message"], "SIGSEGV|RecursionError")

    def test_kill_parent(self):
        # The parent is pid 1 of the sandbox's pid namespace; seccomp lets a
        # test signal only itself, so the kill raises PermissionError.
        c = self.check("kill_parent")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertIn("parent pid 1\n", c.test(CALL_TEST)["stdout"])
        self.assertIn("PermissionError", c.test(CALL_TEST)["details"])

    def test_kill_parent_leaves_no_process_behind(self):
        c = self.checks["kill_parent"]
        self.assertEqual(c.alive_after_check, [], "test processes still running after pyjudge exited")

    def test_stop_parent(self):
        c = self.check("stop_parent")
        self.assertVerdict(c, "runtime_error")
        self.assertSentinel(c)
        self.assertIn("PermissionError", c.test(CALL_TEST)["details"])
        self.assertLess(c.seconds, 15)
