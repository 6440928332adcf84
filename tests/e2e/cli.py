"""Helpers for end-to-end tests: run the built pyjudge CLI."""
import json
import os
import pathlib
import queue
import re
import subprocess
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
PYJUDGE = os.environ.get("PYJUDGE_BIN", str(ROOT / "build" / "bin" / "pyjudge"))
EXERCISES = ROOT / "exercises"


def slugs(catalog=EXERCISES):
    """The exercises of a catalog folder, sorted as `pyjudge list` shows them."""
    return sorted(p.name for p in pathlib.Path(catalog).iterdir() if (p / "exercise.yaml").exists())


def run(*args, env=None, timeout=120):
    """Runs pyjudge; returns the CompletedProcess (text mode)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([PYJUDGE, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=full_env)


def check_json(exercise, solution, env=None, timeout=120):
    """`pyjudge check --format json`; returns (report dict, exit code)."""
    proc = run("check", exercise, solution, "--format", "json", env=env, timeout=timeout)
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(f"no JSON from pyjudge (exit {proc.returncode}): {proc.stdout!r} {proc.stderr!r}") from exc
    return report, proc.returncode


def declared_verdict(path):
    first = pathlib.Path(path).read_text().splitlines()[0]
    prefix = "# expect: "
    assert first.startswith(prefix), f"{path}: line 1 must be '# expect: <verdict>'"
    return first[len(prefix):].strip()


FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def learner_env(data_home):
    """Environment for learner commands: progress under `data_home`, English, no colour."""
    return {"XDG_DATA_HOME": str(data_home), "PYJUDGE_LANG": "", "LC_ALL": "", "LC_MESSAGES": "",
            "LANG": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": ""}


def run_json(*args, env=None, timeout=300):
    """Runs pyjudge with `--format json`; returns (parsed stdout, exit code)."""
    proc = run(*args, "--format", "json", env=env, timeout=timeout)
    try:
        return json.loads(proc.stdout), proc.returncode
    except json.JSONDecodeError as exc:
        raise AssertionError(f"no JSON from pyjudge (exit {proc.returncode}): {proc.stdout!r} {proc.stderr!r}") from exc


class Lines:
    """The lines a running process writes to `stream`, read on a thread, so that
    a test can wait for one (bounded by `timeout`) and then act."""

    def __init__(self, stream):
        self._queue = queue.Queue()
        self.seen = []
        threading.Thread(target=lambda: [self._queue.put(line) for line in stream], daemon=True).start()

    def wait_for(self, pattern, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.5)
            except queue.Empty:
                continue
            self.seen.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matching {pattern!r} within {timeout} s; so far:\n{''.join(self.seen)}")

    def rest(self, timeout=30):
        """Every line up to the end of the stream (the process has ended)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.2)
            except queue.Empty:
                break
            self.seen.append(line)
        return "".join(self.seen)
