"""Limits, process creation and dodging seccomp's trap."""
import re


from containment.harness import *  # noqa: E402,F401,F403


class LimitsTests:
    # ----- limits -----------------------------------------------------------------------

    def test_infinite_loop(self):
        c = self.check("infinite_loop")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertSpunUntilALimit(c.test(CALL_TEST))

    def test_fake_clock(self):
        c = self.check("fake_clock")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertSpunUntilALimit(c.test(CALL_TEST))

    def test_sleep_forever(self):
        c = self.check("sleep_forever")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertIn("wall-clock", c.test(CALL_TEST)["message"])
        self.assertLess(c.seconds, 15)

    def test_stray_thread(self):
        c = self.check("stray_thread", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        self.assertLess(c.seconds, 10)

    def assertSpunUntilALimit(self, test):
        """Killed at the CPU limit, or at the wall limit when a loaded machine starved it of CPU."""
        if "wall-clock" not in test["message"]:
            self.assertGreaterEqual(test["cpu_ms"], 900, test["message"])

    def test_memory_4gib(self):
        c = self.check("memory_4gib")
        self.assertVerdict(c, "memory_limit_exceeded")
        self.assertSentinel(c)

    def test_memory_gradual(self):
        c = self.check("memory_gradual")
        self.assertVerdict(c, "memory_limit_exceeded")
        self.assertSentinel(c)

    def test_memory_small_objects(self):
        c = self.check("memory_small_objects")
        self.assertVerdict(c, "memory_limit_exceeded")
        self.assertSentinel(c)

    def test_print_flood(self):
        c = self.check("print_flood")
        self.assertVerdict(c, "output_limit_exceeded")
        self.assertSentinel(c)
        self.assertLessEqual(len(c.test(CALL_TEST)["stdout"].encode()), 4096)

    def test_stderr_flood(self):
        c = self.check("stderr_flood")
        self.assertVerdict(c, "output_limit_exceeded")
        self.assertSentinel(c)
        self.assertTrue(c.test(CALL_TEST)["stderr"].startswith("x" * 1000))

    def test_fd_exhaustion(self):
        c = self.check("fd_exhaustion", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        match = re.search(r"stopped after (\d+) files: errno (\d+)", c.test(CALL_TEST)["stdout"])
        self.assertIsNotNone(match, c.test(CALL_TEST)["stdout"])
        self.assertLess(int(match.group(1)), 70)
        self.assertEqual(int(match.group(2)), 24)  # EMFILE

    def test_big_file(self):
        # The runner's interpreter installs no signal handlers, so SIGXFSZ keeps
        # its default action: the write past RLIMIT_FSIZE (16 MiB) kills the
        # process, and the judge maps SIGXFSZ to output_limit_exceeded.
        c = self.check("big_file")
        self.assertVerdict(c, "output_limit_exceeded")
        self.assertSentinel(c)
        self.assertIn("file size limit", c.test(CALL_TEST)["message"])

    # ----- creating processes -------------------------------------------------------------

    # _posixsubprocess blocks every signal around vfork(): the kernel kills on a
    # blocked seccomp SIGSYS before the runner's handler can name the call, so
    # the verdict is sandbox_violation without the call's name.
    def test_subprocess_run(self):
        self.assertTrappedUnnamed("subprocess_run")

    # glibc's posix_spawn (behind system()) blocks every signal around
    # clone(CLONE_VM | CLONE_VFORK): as above.
    def test_os_system(self):
        self.assertTrappedUnnamed("os_system")

    def test_os_execv(self):
        self.assertTrapped("os_execv", "execve")

    def test_fork_bomb(self):
        self.assertTrapped("fork_bomb", "clone")

    def test_double_fork_setsid(self):
        self.assertTrapped("double_fork_setsid", "clone")

    def test_kill_everyone(self):
        self.assertDenied("kill_everyone", r"PermissionError: \[Errno 1\]")

    def test_new_session(self):
        self.assertDenied("new_session", r"PermissionError: \[Errno 1\]")

    def test_pidfd_open_parent(self):
        self.assertTrapped("pidfd_open_parent", "pidfd_open")

    def test_prlimit_parent(self):
        self.assertDenied("prlimit_parent", r"PermissionError: \[Errno 1\]")

    def test_new_process_group(self):
        self.assertDenied("new_process_group", r"PermissionError: \[Errno 1\]")

    # ----- seccomp's trap, dodged -------------------------------------------------------------

    # seccomp refuses rt_sigaction for SIGSYS: the runner's handler, which
    # names trapped calls, cannot be replaced.
    def test_sigsys_handler(self):
        self.assertDenied("sigsys_handler", r"PermissionError: \[Errno 1\]")

    # With SIGSYS blocked the kernel kills at the trap: sandbox_violation, unnamed.
    def test_sigsys_blocked(self):
        self.assertTrappedUnnamed("sigsys_blocked")

    # ----- limits, once more -------------------------------------------------------------------

    def test_ignore_sigxcpu(self):
        c = self.check("ignore_sigxcpu")
        self.assertVerdict(c, "time_limit_exceeded")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "time_limit_exceeded")
        for t in c.report["tests"]:
            self.assertSpunUntilALimit(t)
        self.assertNoEscape(c)

    def test_raise_rlimits(self):
        # The hard limits cannot be raised. The file reaches `resource` past the
        # import gate (eval); should the gate close that door, the sentinel goes
        # missing and the file needs another way to the layer beneath.
        self.assertDenied("raise_rlimits", r"ValueError: not allowed to raise maximum limit")
