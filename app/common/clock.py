"""The one place the core asks for the date and time, so tests can fix them."""

from __future__ import annotations

from datetime import date, datetime

_fixed_now: datetime | None = None


def now() -> datetime:
    return _fixed_now or datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def fix(at: datetime | None) -> None:
    """Pin the clock (tests, demo building); ``None`` lets it run again."""
    global _fixed_now
    _fixed_now = at


def fixed() -> datetime | None:
    """The pinned time, if any (so a caller can pin and later restore it)."""
    return _fixed_now
