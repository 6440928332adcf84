"""The layering of docs/architecture.md, checked on every #include "...":
protocol/ includes only protocol/; runner/ and fuzz/ include protocol/ and
runner/ only, never judge/; judge/ never includes runner/. Exits 1 listing
every include that breaks it."""
import pathlib
import re
import sys

ALLOWED = {
    "protocol": {"protocol"},
    "runner": {"protocol", "runner"},
    "fuzz": {"protocol", "fuzz"},
    "judge": {"protocol", "judge"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)

def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    broken = []
    checked = 0
    for top, allowed in ALLOWED.items():
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".cpp", ".hpp"):
                continue
            for target in INCLUDE.findall(path.read_text(encoding="utf-8")):
                checked += 1
                first = target.split("/", 1)[0]
                if first not in allowed:
                    broken.append(f"{path.relative_to(root)}: includes \"{target}\" ({top}/ may include {', '.join(sorted(allowed))}/ only)")
    for line in broken:
        print(line)
    print(f"{checked} includes checked, {len(broken)} break the layering")
    return 1 if broken or checked == 0 else 0

if __name__ == "__main__":
    sys.exit(main())
