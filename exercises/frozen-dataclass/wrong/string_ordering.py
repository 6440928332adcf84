# expect: wrong_answer
# Orders versions by their text with functools.total_ordering: "1.10.0" sorts
# before "1.9.0" because "1" < "9" character by character.
import dataclasses
import functools
import re
from dataclasses import dataclass


@functools.total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __post_init__(self) -> None:
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
            if value < 0:
                raise ValueError(f"{name} must be non-negative, got {value}")

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return str(self) < str(other)

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
