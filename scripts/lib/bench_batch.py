"""A reproducible batch of submissions over an exercise catalog, for
scripts/bench-grade: correct solutions, known-wrong ones, and a few that loop
forever or allocate without end (a correct solution with the loop appended, so
that it passes the static rules and every test runs into its limit)."""
import pathlib
import random

LOOP_FOREVER = "while True:\n    pass\n"
ALLOCATE_FOREVER = "hoard = []\nwhile True:\n    hoard.append(bytearray(1 << 20))\n"


def catalog(exercises):
    return sorted(p.name for p in pathlib.Path(exercises).iterdir()
                  if (p / "exercise.yaml").exists() and (p / "solution.py").exists())


def plan(exercises, count, seed, per_submitter=10, pathological_share=0.02):
    """[(submitter, slug, kind, source)] with kind correct | wrong | loop | allocate."""
    rng = random.Random(seed)
    slugs = catalog(exercises)
    entries = []
    for s in range((count + per_submitter - 1) // per_submitter):
        for slug in rng.sample(slugs, min(per_submitter, len(slugs))):
            entries.append((f"s{s:04d}", slug))
    entries = entries[:count]
    bad = set(rng.sample(range(len(entries)), round(len(entries) * pathological_share)))
    out = []
    bad_so_far = 0
    for i, (submitter, slug) in enumerate(entries):
        folder = pathlib.Path(exercises) / slug
        wrongs = sorted((folder / "wrong").glob("*.py")) if (folder / "wrong").is_dir() else []
        if i in bad:
            kind = "loop" if bad_so_far % 2 else "allocate"
            bad_so_far += 1
            source = (folder / "solution.py").read_text() + "\n" + (LOOP_FOREVER if kind == "loop" else ALLOCATE_FOREVER)
        elif wrongs and rng.random() < 0.5:
            kind, source = "wrong", rng.choice(wrongs).read_text()
        else:
            kind, source = "correct", (folder / "solution.py").read_text()
        out.append((submitter, slug, kind, source))
    return out


def write(entries, root):
    root = pathlib.Path(root)
    for submitter, slug, _, source in entries:
        path = root / submitter / f"{slug}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    return root
