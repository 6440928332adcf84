# expect: wrong_answer
# Validates the numbers in parse() only, with no __post_init__: Version(-1),
# Version(1.0) and dataclasses.replace(v, patch=-1) all slip through.
import dataclasses
import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> "Version":
        if re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", text) is None:
            raise ValueError(f"invalid version: {text!r}")
        major, minor, patch = (int(part) for part in text.split("."))
        return cls(major, minor, patch)

    def bump(self, part: str) -> "Version":
        if part == "major":
            return dataclasses.replace(self, major=self.major + 1, minor=0, patch=0)
        if part == "minor":
            return dataclasses.replace(self, minor=self.minor + 1, patch=0)
        if part == "patch":
            return dataclasses.replace(self, patch=self.patch + 1)
        raise ValueError(f"unknown part: {part!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"
