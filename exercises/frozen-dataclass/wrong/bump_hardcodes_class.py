# expect: wrong_answer
# bump() builds the result with Version(...) instead of dataclasses.replace,
# so a subclass gets a plain Version back.
import dataclasses
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __post_init__(self) -> None:
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
            if value < 0:
                raise ValueError(f"{name} must be non-negative, got {value}")

    @classmethod
    def parse(cls, text: str) -> "Version":
        if not isinstance(text, str) or _PATTERN.fullmatch(text) is None:
            raise ValueError(f"invalid version: {text!r}")
        major, minor, patch = (int(part) for part in text.split("."))
        return cls(major, minor, patch)

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part: {part!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"
