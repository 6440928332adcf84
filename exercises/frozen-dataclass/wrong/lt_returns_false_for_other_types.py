# expect: wrong_answer
# Writes the ordering by hand with functools.total_ordering and returns False
# for a non-Version instead of NotImplemented, so comparing with a tuple
# gives False instead of raising TypeError.
import dataclasses
import functools
import re
from dataclasses import dataclass

_VERSION_RE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


@functools.total_ordering
@dataclass(frozen=True)
class Version:
    """An immutable semantic version MAJOR.MINOR.PATCH."""

    major: int
    minor: int = 0
    patch: int = 0

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{field.name} must be an int, got {type(value).__name__}")
            if value < 0:
                raise ValueError(f"{field.name} must be non-negative, got {value}")

    @classmethod
    def parse(cls, text: str) -> "Version":
        if _VERSION_RE.fullmatch(text) is None:
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

    def __lt__(self, other):
        if not isinstance(other, Version):
            return False
        return (self.major, self.minor, self.patch) < (other.major, other.minor, other.patch)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"
