"""The book's own settings, saved together: the company (the seller on every faktur) with
its invoice numbering pattern, the low-number warning, and which way fakturs go to DJP.
The window's Company & Numbering and Settings dialogs and the ``company`` command use
these services, so each save is one transaction however it is asked for."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

from app.billings import numbering, parties
from app.book.dialect import writing
from app.common.errors import Refused
from app.numbers import channel, threshold


@dataclass(frozen=True)
class CompanyEntry:
    """The company and the pattern as typed; ``pattern`` None keeps the saved one."""

    name: str
    npwp: str
    address: str = ""
    phone: str = ""
    pattern: str | None = None
    tku: str | None = None  # None keeps the saved one


@dataclass(frozen=True)
class WarningEntry:
    """The low-number warning as typed (the limit is read here)."""

    enabled: bool
    limit: str


class Part(StrEnum):
    COMPANY = "company"
    WARNING = "warning"
    CHANNEL = "channel"


class SettingsRefused(Refused):
    """Refused, naming which part of the settings is wrong (the window shows its page)."""

    def __init__(self, part: Part, message: str) -> None:
        super().__init__(message)
        self.part = part


@contextmanager
def _refusals_of(part: Part) -> Iterator[None]:
    try:
        yield
    except SettingsRefused:
        raise
    except Refused as exc:
        raise SettingsRefused(part, exc.message) from exc


def save_company(entry: CompanyEntry) -> parties.CompanyDetails:
    """Save the company and its numbering pattern, both or neither; Refused names what
    is wrong (the company first, then the pattern)."""
    with writing():
        company = parties.set_company(entry.name, entry.npwp, entry.address, entry.phone, entry.tku)
        if entry.pattern is not None:
            numbering.save(entry.pattern)  # an unchanged pattern writes nothing
        return company


def save_warning(entry: WarningEntry) -> threshold.Threshold:
    """Save the low-number warning; Refused names a limit that is not a whole number."""
    return threshold.save(entry.enabled, threshold.read_limit(entry.limit))


def save_settings(
    company: CompanyEntry, warning: WarningEntry, way: channel.Channel | None = None
) -> None:
    """All of the book's settings or none; ``SettingsRefused`` says which part is wrong.
    ``way`` None keeps the channel (``channel.choose`` never touches a numbered billing)."""
    with writing():
        with _refusals_of(Part.COMPANY):
            save_company(company)
        with _refusals_of(Part.WARNING):
            save_warning(warning)
        if way is not None:
            with _refusals_of(Part.CHANNEL):
                channel.choose(way.coretax_from)
