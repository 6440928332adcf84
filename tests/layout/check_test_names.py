"""doctest_discover_tests splits a test name at ';' into two ctest tests that
each match no test case, so both pass without running anything; a name
with unbalanced square brackets makes the generated ctest file unreadable,
and then no test runs at all. Exits 1 listing every such TEST_CASE name."""
import pathlib
import re
import sys

NAME = re.compile(r'TEST_CASE\("((?:[^"\\]|\\.)*)"')


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    names = 0
    broken = []
    for path in sorted((root / "tests" / "unit").rglob("*_test.cpp")):
        for name in NAME.findall(path.read_text(encoding="utf-8")):
            names += 1
            if ";" in name:
                broken.append(f"{path.relative_to(root)}: TEST_CASE(\"{name}\") has a ';': ctest would run nothing for it")
            if name.count("[") != name.count("]"):
                broken.append(f"{path.relative_to(root)}: TEST_CASE(\"{name}\") has unbalanced brackets: ctest could not read its tests")
    for line in broken:
        print(line)
    print(f"{names} test names checked, {len(broken)} broken")
    return 1 if broken or names == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
