"""Helpers for the `pyjudge grade` end-to-end tests: building submission
folders from catalog solutions and reading the reports back."""
import json
import pathlib
import re

import cli

# Exercises whose tests are all quick, so that batches stay fast.
CHEAP = ["vector", "slots-point", "diamond-mro", "call-counter", "shape-abc", "timed-decorator"]


def solution(slug):
    return (cli.EXERCISES / slug / "solution.py").read_text()


def wrong(slug, name):
    return (cli.EXERCISES / slug / "wrong" / f"{name}.py").read_text()


def write_batch(root, files):
    """files: {"alice/vector.py": source}; returns root."""
    root = pathlib.Path(root)
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def grade(*args, env=None, timeout=300):
    """`pyjudge grade ARGS -q`; returns the CompletedProcess."""
    return cli.run("grade", *args, "-q", env=env, timeout=timeout)


def load_json(path):
    return json.loads(pathlib.Path(path).read_text())


def by_path(report):
    return {s["path"]: s for s in report["submissions"]}


_TIMING = [
    (rb'"(cpu_ms|wall_ms|peak_kb|duration_ms)": \d+', rb'"\1": 0'),  # JSON
    (rb' time="[0-9.]+"', rb' time="0"'),                              # JUnit
]


def masked(data):
    """Report bytes with every timing and memory measurement set to 0."""
    for pattern, replacement in _TIMING:
        data = re.sub(pattern, replacement, data)
    return data
