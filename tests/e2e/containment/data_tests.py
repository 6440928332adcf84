"""Secrets, reading and writing outside the sandbox, the network, and what must keep working."""
import ast
import os


from containment.harness import *  # noqa: E402,F401,F403


class DataTests:
    # ----- secrets ----------------------------------------------------------------------

    def test_env_secret(self):
        c = self.check("env_secret")
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        for t in c.report["tests"]:
            self.assertTrue(t["stdout"].startswith("SENTINEL env_secret\n0\n{}\n{}\n"), t["stdout"][:300])
        self.assertIn("actual:   0", c.test(CALL_TEST)["details"])

    def test_env_secret_procfs(self):
        c = self.check("env_secret_procfs", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        for t in c.report["tests"]:  # no /proc in the private root (and Landlock would refuse it)
            self.assertRegex(t["stdout"], r"cannot read /proc/self/environ: \[Errno (2|13)\]")
            self.assertNotIn(" entries", t["stdout"])

    def test_env_secret_ancestors(self):
        c = self.check("env_secret_ancestors", exit_codes=(0,))
        self.assertVerdict(c, "accepted")
        self.assertSentinel(c)
        for t in c.report["tests"]:  # not even its own /proc/<pid>/status, let alone an ancestor's environ
            self.assertRegex(t["stdout"], r"cannot find the parent of \d+: \[Errno (2|13)\]")
            self.assertNotIn(" entries", t["stdout"])

    # ----- reading what is not the candidate's ---------------------------------------------

    def test_read_tests_yaml(self):
        c = self.assertDenied("read_tests_yaml")
        self.assertNoLineOf(c, TESTS_YAML)

    def test_read_etc_passwd(self):
        c = self.assertDenied("read_etc_passwd")
        self.assertNoLineOf(c, "/etc/passwd")

    def test_read_home(self):
        self.assertDenied("read_home")

    def test_read_ctypes_extension(self):
        self.assertDenied("read_ctypes_extension")

    def test_read_repo(self):
        self.assertDenied("read_repo")

    def test_hardlink_tests_yaml(self):
        # ENOENT in the private root, EPERM from fs.protected_hardlinks or
        # EXDEV/EACCES from Landlock: the link is never made.
        c = self.assertDenied("hardlink_tests_yaml", r"(PermissionError|FileNotFoundError|OSError): \[Errno (1|2|13|18)\]")
        self.assertNoLineOf(c, TESTS_YAML)

    def test_proc_parent_mem(self):
        self.assertDenied("proc_parent_mem")

    def test_proc_init_environ(self):
        self.assertDenied("proc_init_environ")

    def test_seal_key_maps(self):
        self.assertDenied("seal_key_maps")

    def test_seal_key_mem(self):
        self.assertDenied("seal_key_mem")

    # ----- finding what is not the candidate's: the private root ---------------------------
    # Landlock governs opening, not looking up: without a root of its own, the
    # candidate could stat() the host's files and walk up to the judge's tree.

    def test_stat_etc_passwd(self):
        self.assertDenied("stat_etc_passwd")

    def test_proc_1(self):
        self.assertDenied("proc_1")

    def test_list_root(self):
        self.assertDenied("list_root")

    def test_exists_root_and_home(self):
        self.assertHidden("exists_root_and_home")

    def test_stat_host_tmp_file(self):
        self.assertTrue(TMP_MARKER.startswith("/tmp/"))
        self.assertHidden("stat_host_tmp_file")

    def test_walk_up_from_cwd(self):
        self.assertHidden("walk_up_from_cwd")

    def test_walk_up_from_stdlib(self):
        self.assertHidden("walk_up_from_stdlib")

    def test_list_root_without_landlock(self):
        c = self.assertHidden("list_root_without_landlock")
        listing = c.test(CALL_TEST)["stdout"].splitlines()[1]
        names = set(ast.literal_eval(listing))
        self.assertIn("sandbox", names)
        self.assertLessEqual(names, {"dev", "sandbox", "usr", "lib", "lib64", "bin", "opt"}, listing)

    def assertHidden(self, name):
        """wrong_answer: the scenario returned 0, having found none of what it looked for."""
        c = self.check(name)
        self.assertVerdict(c, "wrong_answer")
        self.assertSentinel(c)
        self.assertTestVerdicts(c, "wrong_answer")
        self.assertIn("actual:   0", c.test(CALL_TEST)["details"])
        self.assertNoEscape(c)
        return c

    def assertNoLineOf(self, c, path):
        """No line of the file (longer than 8 characters) appears anywhere in the report."""
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = {line.strip() for line in f if len(line.strip()) > 8}
        self.assertTrue(lines)
        leaked = sorted(line for line in lines if line in c.text)
        self.assertEqual(leaked, [], "%s: lines of %s in the report" % (c.name, path))

    # ----- writing outside the scratch dir ---------------------------------------------------

    def test_write_tmp(self):
        c = self.assertDenied("write_tmp")
        self.assertFalse(os.path.lexists(os.path.join("/tmp", token(c.name))))

    def test_write_exercise_dir(self):
        c = self.assertDenied("write_exercise_dir")
        self.assertFalse(os.path.lexists(os.path.join(PROBE, token(c.name))))

    def test_symlink_out(self):
        c = self.assertDenied("symlink_out")
        self.assertFalse(os.path.lexists(os.path.join("/tmp", token(c.name))))

    def test_exercise_dir_is_unchanged(self):
        self.assertEqual(sorted(self.exercise_dir_after - self.exercise_dir_before), [])

    def test_no_file_with_this_runs_token_in_tmp(self):
        # Compares only names carrying this run's token: other test runs may
        # create and remove pyjudge-* scratch dirs in /tmp at the same time.
        self.assertEqual(sorted(self.tmp_after - self.tmp_before), [])

    # ----- the network ---------------------------------------------------------------------

    def test_tcp_localhost(self):
        self.assertTrapped("tcp_localhost", "socket")
        self.assertEqual(self.listeners.contacts_of("tcp_localhost"), [])

    def test_udp_localhost(self):
        self.assertTrapped("udp_localhost", "socket")
        self.assertEqual(self.listeners.contacts_of("udp_localhost"), [])

    # AF_UNIX sockets are allowed for asyncio's socketpair, but seccomp refuses
    # connect(), sendto() with an address and sendmsg(): no socket path (D-Bus,
    # journald, /dev/log, systemd-resolved) can be reached.
    def test_unix_socket_connect(self):
        self.assertDenied("unix_socket_connect", r"(PermissionError|FileNotFoundError|ConnectionRefusedError): \[Errno \d+\]")
        self.assertEqual(self.listeners.contacts_of("unix_socket_connect"), [])

    def test_unix_abstract_connect(self):
        # Another network namespace (ECONNREFUSED) or Landlock's scoping (EPERM).
        self.assertDenied("unix_abstract_connect", r"(PermissionError|ConnectionRefusedError): \[Errno (1|111)\]")
        self.assertEqual(self.listeners.contacts_of("unix_abstract_connect"), [])

    def test_unix_socketpair(self):
        self.assertAccepted("unix_socketpair")

    def test_asyncio_queue(self):
        self.assertAccepted("asyncio_queue")

    # ----- what must keep working ------------------------------------------------------------

    def test_thread_pool(self):
        self.assertAccepted("thread_pool")

    def test_sqlite_memory(self):
        self.assertAccepted("sqlite_memory")

    # ----- raw memory: ctypes ------------------------------------------------------------------

    def test_import_ctypes(self):
        self.assertDenied("import_ctypes", r"ModuleNotFoundError: module 'ctypes' is not available in the sandbox")

    def test_import_ctypes_importlib(self):
        self.assertDenied("import_ctypes_importlib", r"ModuleNotFoundError: module 'ctypes' is not available in the sandbox")

    # The import gate is a finder in sys.meta_path, which the candidate may
    # edit; Landlock still refuses to open _ctypes' shared object.
    def test_import_gate_meta_path(self):
        self.assertDenied("import_gate_meta_path", r"ImportError: .*_ctypes\.cpython.*\.so: cannot open shared object file: Permission denied")
