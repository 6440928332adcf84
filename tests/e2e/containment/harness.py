"""Running hostile files through pyjudge and looking for evidence of escape:
constants, process bookkeeping and the runs themselves (listeners.py has the
listeners). See tests/e2e/test_containment.py."""
import ctypes
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time


HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/e2e
REPO = os.path.dirname(os.path.dirname(HERE))
PYJUDGE = os.environ.get("PYJUDGE_BIN") or os.path.join(REPO, "build", "bin", "pyjudge")
PROBE = os.path.join(HERE, "fixtures", "probe")
HOSTILE = os.path.join(HERE, "hostile")

SECRET_NAME = "PYJUDGE_TEST_SECRET"
SECRET = "hunter2"
CHECK_TIMEOUT_S = 60
CALL_TEST, CODE_TEST = 0, 1  # the probe's two visible examples, in order

GOOD_SOLUTION = "def run():\n    return 42\n"

# CPU-bound scenarios run one after another in one lane, so that the CPU-time
# assertions do not depend on how two of them share the machine's cores.
CPU_LANE = ["infinite_loop", "fake_clock", "ignore_sigxcpu"]
# Scenarios that are meant to end at the wall-clock limit.
WALL_CLOCK_SCENARIOS = ["sleep_forever"]
STARVED_CPU_MS = 500  # half the probe's CPU limit

# Unique to this run: every file a hostile scenario tries to create outside its
# scratch dir is named token(scenario), so that the suite finds exactly what its
# own scenarios made, whatever other test runs do in /tmp at the same time.
RUN_TOKEN = secrets.token_hex(6)
TESTS_YAML = os.path.join(REPO, "exercises", "find-duplicates", "tests.yaml")  # a real exercise's hidden tests
HOME = os.path.expanduser("~") if os.path.isdir(os.path.expanduser("~")) else "/root"
EVIDENCE_DIRS = ["/tmp", PROBE, REPO, HOME]  # where an escaped write would land

# Scenarios whose escape the suite currently observes: their own test asserts
# the evidence and is marked expectedFailure (a known bug, reported), so the
# suite-wide evidence test leaves them out. Remove an entry with the fix.
KNOWN_ESCAPES = {}


# A file the suite makes in the host's /tmp for the run: no scenario may see it.
TMP_MARKER = os.path.join("/tmp", "pyjudge-marker-%s" % RUN_TOKEN)

# Scenarios named *_without_landlock run with Landlock switched off, to show
# what the other layers (the private root above all) hide on their own.
WITHOUT_LANDLOCK_SUFFIX = "_without_landlock"


def token(name):
    return "pyjudge-escape-%s-%s" % (RUN_TOKEN, name)


def scenarios():
    return sorted(f[:-3] for f in os.listdir(HOSTILE) if f.endswith(".py"))


class Check:
    """What one `pyjudge check` run produced."""

    def __init__(self, name):
        self.name = name
        self.returncode = None
        self.raw = b""
        self.stderr = b""
        self.report = None
        self.json_error = None
        self.timed_out = False
        self.seconds = 0.0
        self.markers = {}  # marker file name -> contents (written by the candidate)
        self.leftovers = []  # what pyjudge left in its TMPDIR
        self.alive_after_check = []  # marker pids still running once pyjudge had exited
        self.solution = None  # the copy that was checked, placeholders filled in

    @property
    def text(self):
        return self.raw.decode("utf-8", "replace") + self.stderr.decode("utf-8", "replace")

    def test(self, index):
        return self.report["tests"][index]



# ----- process bookkeeping ------------------------------------------------------

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def proc_status(pid):
    fields = {}
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
    except OSError:
        return None
    return fields


def proc_cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def is_alive_runner_process(pid):
    status = proc_status(pid)
    return bool(status) and not status.get("State", "").startswith(("Z", "X")) and "pyjudge-runner" in proc_cmdline(pid)


def descendants():
    """Every process below this harness (orphans re-parented to it included): (pid, state, cmdline)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            status = proc_status(int(entry))
            if status and status.get("PPid", "").isdigit():
                parents[int(entry)] = int(status["PPid"])
    me = os.getpid()
    found = []
    for pid in parents:
        ancestor, hops = parents.get(pid), 0
        while ancestor not in (None, 0, me) and hops < 64:
            ancestor, hops = parents.get(ancestor), hops + 1
        if ancestor == me and pid != me:
            status = proc_status(pid)
            if status:
                found.append((pid, status.get("State", "?"), proc_cmdline(pid)))
    return sorted(found)


def kill_descendant(pid):
    """SIGKILL for a process found below this harness (checked again right before), then reap it if it is ours."""
    if any(p == pid for p, _, _ in descendants()):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    kill_and_reap(pid)


def kill_and_reap(pid):
    """Ends a process this harness caused to exist (never by name): SIGKILL, then reap it if it is ours."""
    if is_alive_runner_process(pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return  # not our child (no subreaper): init reaps it
        if done:
            return
        time.sleep(0.02)



def placeholders(name, listeners):
    """What the suite writes into the copy of hostile/<name>.py."""
    return {
        "@@TOKEN@@": token(name),
        "@@TESTS_YAML@@": TESTS_YAML,
        "@@HOME@@": HOME,
        "@@REPO@@": REPO,
        "@@EXERCISE_DIR@@": PROBE,
        "@@TMP_MARKER@@": TMP_MARKER,
        "@@TCP_PORT@@": str(listeners.tcp_port),
        "@@UDP_PORT@@": str(listeners.udp_port),
        "@@UNIX_SOCKET@@": listeners.unix_path,
        "@@UNIX_ABSTRACT@@": listeners.abstract_name,
    }


def prepare_copy(name, listeners, copies_dir):
    with open(os.path.join(HOSTILE, name + ".py"), encoding="utf-8") as f:
        text = f.read()
    for key, value in placeholders(name, listeners).items():
        text = text.replace(key, value)
    if "@@" in text:
        raise AssertionError("%s.py: unknown placeholder %s" % (name, re.search(r"@@\w*@@", text).group(0)))
    path = os.path.join(copies_dir, name + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def dir_names(path):
    try:
        return set(os.listdir(path))
    except OSError:
        return set()


def files_made_by(name):
    """Paths outside any scratch dir that carry the scenario's token."""
    mark = token(name)
    return sorted(os.path.join(d, entry) for d in EVIDENCE_DIRS for entry in dir_names(d) if mark in entry)


def remove_evidence(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            os.unlink(path)
        except OSError:
            pass


# ----- running checks ------------------------------------------------------------

def run_check(name, solution_path):
    check = Check(name)
    check.solution = solution_path
    tmpdir = tempfile.mkdtemp(prefix="pyjudge-e2e-%s-" % name)
    env = {SECRET_NAME: SECRET}  # first, so a truncated dump of the environment still shows it
    env.update((k, v) for k, v in os.environ.items() if k != SECRET_NAME)
    env["TMPDIR"] = tmpdir  # the runner makes its scratch dirs here
    if name.endswith(WITHOUT_LANDLOCK_SUFFIX):
        env["PYJUDGE_DISABLE_LAYERS"] = "landlock"
    started = time.monotonic()
    try:
        proc = subprocess.run([PYJUDGE, "check", PROBE, solution_path, "--format", "json"], cwd=REPO, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=CHECK_TIMEOUT_S)
        check.returncode, check.raw, check.stderr = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as e:
        check.timed_out = True
        check.raw, check.stderr = e.stdout or b"", e.stderr or b""
    check.seconds = time.monotonic() - started
    try:
        check.report = json.loads(check.raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        check.json_error = "%s: %r" % (e, check.raw[:500])
    for entry in sorted(os.listdir(tmpdir)):
        path = os.path.join(tmpdir, entry)
        if entry.startswith("probe-marker-"):
            with open(path) as f:
                check.markers[entry] = f.read()
        else:
            check.leftovers.append(entry)
    for text in check.markers.values():
        if text.strip().isdigit():
            pid = int(text)
            if is_alive_runner_process(pid):
                check.alive_after_check.append(pid)
            kill_and_reap(pid)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return check


def starved(check):
    """Killed at the wall-clock limit with little CPU used: a loaded machine, not the scenario, decided."""
    if not check.report or check.name in CPU_LANE + WALL_CLOCK_SCENARIOS:
        return False
    return any("wall-clock" in t.get("message", "") and t.get("cpu_ms", 0) < STARVED_CPU_MS
               for t in check.report.get("tests", []))


