"""A capability answer: may this be done, and if not, the one sentence why."""

from __future__ import annotations

from dataclasses import dataclass

from app.common.errors import Refused


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed

    def require(self) -> None:
        """What a service does with the answer: go on, or refuse with its sentence."""
        if not self.allowed:
            raise Refused(self.reason)


ALLOWED = Verdict(True)
