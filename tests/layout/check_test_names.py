"""doctest_discover_tests splits a test name at ';' into two ctest tests that
each match no test case, so both pass without running anything. Exits 1
listing every TEST_CASE name with a ';'."""
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
    for line in broken:
        print(line)
    print(f"{names} test names checked, {len(broken)} with a ';'")
    return 1 if broken or names == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
