"""Where a billing's E-Faktur No comes from.

Today numbers come from the ranges DJP granted through e-Nofa. Coretax assigns
numbers at approval instead; that mode will be another ``NumberSource``.

A number may serve a faktur when its year is the faktur's year, its grant letter is
not dated after the faktur, and its year is not over (a past year's unused numbers
have expired: the user deletes them in e-Faktur desktop).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from app.book.models import EfakturRange, db
from app.book.sql_dates import as_date
from app.book.states import NumberState
from app.common import clock
from app.common.efaktur_no import EfakturNo, parse_any
from app.common.errors import Refused, refused_lines
from app.common.i18n import tr

_CHUNK = 2_000


@dataclass(slots=True)
class Want:
    """One billing asking for a number."""

    billing_id: int
    invoice_no: str
    faktur_date: date


@dataclass(slots=True)
class Taken:
    billing_id: int
    invoice_no: str
    number_id: int
    number: EfakturNo


class NumberSource(Protocol):
    def draw(self, wants: Sequence[Want]) -> tuple[list[Taken], list[Want]]:
        """A number (not yet written) for each want that can have one, and the wants for
        which no number is left; Refused if a want may never have one (its year is over)."""
        ...

    def take(self, wants: Sequence[Want]) -> list[Taken]:
        """A number for each want; ``NoneLeft`` if any cannot have one."""
        ...


class NoneLeft(Refused):
    """No number is left for some billings' years; they may be issued without one and
    take it later (Generate E-Faktur No)."""

    def __init__(self, short: Sequence[Want]) -> None:
        years = {want.faktur_date.year for want in short}
        recorded = {
            y for y in years if EfakturRange.select().where(EfakturRange.year == y).exists()
        }
        lines = [_none_left_message(w, w.faktur_date.year in recorded) for w in short]
        super().__init__(refused_lines(lines).message)
        self.invoice_nos = [want.invoice_no for want in short]


def expired(year: int, today: date | None = None) -> bool:
    return year < (today or clock.today()).year


def _expired_message(want: Want) -> str:
    year = want.faktur_date.year
    return (
        f"{want.invoice_no} is dated {want.faktur_date:%Y-%m-%d}, but {year} is over: its "
        f"unused E-Faktur Nos have expired and may not be used any more."
    )


def _none_left_message(want: Want, has_range: bool) -> str:
    year = want.faktur_date.year
    if not has_range:
        return (
            f"{want.invoice_no}: no E-Faktur No range is recorded for {year}. Record the "
            f"numbers DJP granted for {year} on the E-Faktur No tab."
        )
    return (
        f"{want.invoice_no}: no E-Faktur No is left for {year} that may be used on a faktur "
        f"dated {want.faktur_date:%Y-%m-%d}. Request more numbers through e-Nofa and "
        "record them."
    )


class _YearCandidates:
    """The year's available numbers in counter order, fetched a chunk at a time."""

    def __init__(self, year: int) -> None:
        self.year = year
        self.after = -1
        self.fresh: list[tuple[int, int, date | None]] = []
        self.skipped: list[tuple[int, int, date | None]] = []  # grant too late so far
        self.exhausted = False

    def _fetch(self) -> None:
        rows = db.execute_sql(
            "SELECT n.id, n.counter, g.grant_date FROM efaktur_number n "
            "JOIN efaktur_range g ON g.id = n.range_id "
            "WHERE n.state = 'available' AND n.year = ? AND n.counter > ? "
            "ORDER BY n.counter LIMIT ?",
            (self.year, self.after, _CHUNK),
        ).fetchall()
        if not rows:
            self.exhausted = True
            return
        self.after = rows[-1][1]
        grants = {g: None if g is None else as_date(g) for g in {r[2] for r in rows}}
        self.fresh.extend((i, c, grants[g]) for i, c, g in reversed(rows))
        # reversed: pop() from the end gives the smallest

    def smallest_for(self, faktur_date: date) -> tuple[int, int] | None:
        if self.skipped:
            for k, (number_id, counter, grant) in enumerate(self.skipped):
                if grant is None or grant <= faktur_date:
                    del self.skipped[k]
                    return number_id, counter
        while True:
            if not self.fresh:
                if self.exhausted:
                    return None
                self._fetch()
                continue
            number_id, counter, grant = self.fresh.pop()
            if grant is None or grant <= faktur_date:
                return number_id, counter
            self.skipped.append((number_id, counter, grant))


class RangePool:
    """Smallest available valid number first; billings served in date order."""

    def take(self, wants: Sequence[Want]) -> list[Taken]:
        taken, short = self.draw(wants)
        if short:
            raise NoneLeft(short)
        return taken

    def draw(self, wants: Sequence[Want]) -> tuple[list[Taken], list[Want]]:
        today = clock.today()
        by_year: dict[int, _YearCandidates] = {}
        taken: list[Taken] = []
        short: list[Want] = []
        for want in sorted(wants, key=lambda w: (w.faktur_date, w.invoice_no, w.billing_id)):
            year = want.faktur_date.year
            pool = by_year.get(year)
            if pool is None:
                if expired(year, today):
                    raise Refused(_expired_message(want))
                pool = by_year[year] = _YearCandidates(year)
            found = pool.smallest_for(want.faktur_date)
            if found is None:
                short.append(want)
                continue
            taken.append(
                Taken(want.billing_id, want.invoice_no, found[0], EfakturNo(year, found[1]))
            )
        return taken, short


def check_choice(want: Want, text: str) -> Taken:
    """The specific number the user picked, if it may serve this faktur."""
    number = parse_any(text)
    row = db.execute_sql(
        "SELECT n.id, n.state, g.grant_date FROM efaktur_number n "
        "JOIN efaktur_range g ON g.id = n.range_id WHERE n.year = ? AND n.counter = ?",
        (number.year, number.counter),
    ).fetchone()
    if row is None:
        raise Refused(
            tr("{number} is not in any range recorded in this book.").format(number=number)
        )
    number_id, state, grant = row
    if state != NumberState.AVAILABLE:
        raise Refused(
            tr("{number} is already used ({state}); pick an available number.").format(
                number=number, state=state
            )
        )
    if number.year != want.faktur_date.year:
        raise Refused(
            tr(
                "{number} is for {year}; {invoice_no} is dated "
                "{faktur_date:%Y-%m-%d} and needs a number for {year2}."
            ).format(
                number=number,
                year=number.year,
                invoice_no=want.invoice_no,
                faktur_date=want.faktur_date,
                year2=want.faktur_date.year,
            )
        )
    if expired(number.year):
        raise Refused(_expired_message(want))
    grant_day = None if grant is None else as_date(grant)
    if grant_day is not None and grant_day > want.faktur_date:
        raise Refused(
            tr(
                "{number} was granted on {grant_day:%Y-%m-%d}, after "
                "{invoice_no}'s date {faktur_date:%Y-%m-%d}; a number serves only "
                "fakturs dated from its grant."
            ).format(
                number=number,
                grant_day=grant_day,
                invoice_no=want.invoice_no,
                faktur_date=want.faktur_date,
            )
        )
    return Taken(want.billing_id, want.invoice_no, number_id, number)


def available_for(faktur_date: date, limit: int = 500) -> list[str]:
    """Numbers a faktur of that date may take, smallest first (for a picker)."""
    if expired(faktur_date.year):
        return []
    pool = _YearCandidates(faktur_date.year)  # the same choice the pool itself makes
    found: list[str] = []
    while len(found) < limit and (next_one := pool.smallest_for(faktur_date)) is not None:
        found.append(str(EfakturNo(faktur_date.year, next_one[1])))
    return found


def number_source() -> NumberSource:
    return RangePool()
