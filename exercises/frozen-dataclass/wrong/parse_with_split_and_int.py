# expect: wrong_answer
# Parses with split(".") and int(): int() happily accepts " 1", "+1" and
# "1_0", and a non-numeric part surfaces as int()'s own error message.
import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
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

    @classmethod
    def parse(cls, text: str) -> "Version":
        parts = text.split(".")
        if len(parts) != 3:
            raise ValueError(f"invalid version: {text!r}")
        return cls(*(int(part) for part in parts))

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
