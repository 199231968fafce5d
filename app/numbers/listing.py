"""The E-Faktur No and range lists, for the tables and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.book.database import db
from app.book.listing import Listing
from app.book.sql_dates import as_date
from app.book.states import EXPIRED, NumberState
from app.common import clock
from app.common.efaktur_no import format_number, parse_any


@dataclass(frozen=True)
class NumberRow:
    id: int
    year: int
    counter: int
    state: str
    invoice_no: str | None

    @property
    def number(self) -> str:
        return format_number(self.year, self.counter)

    def as_json(self) -> dict[str, Any]:
        return {"number": self.number, "status": self.state, "invoice_no": self.invoice_no}


NUMBER_STATES = (*(s.value for s in NumberState), EXPIRED)


class NumberListing(Listing[NumberRow]):
    """Every number. ``expired`` is derived: still available, but its year is over."""

    from_sql = "efaktur_number n LEFT JOIN billing b ON b.efaktur_number_id = n.id"
    count_from_sql = "efaktur_number n"  # the filters and sorts never need the billing
    key_sql = "n.id"
    sort_columns = {
        "number": "n.year, n.counter",
        "state": "n.state, n.year, n.counter",
    }
    default_sort = "number"
    tiebreak = "n.id"

    def __init__(
        self,
        state: str | None = None,
        range_id: int | None = None,
        year: int | None = None,
        search: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__()
        this_year = (today or clock.today()).year
        self.select_sql = (
            "n.id, n.year, n.counter, "
            "CASE WHEN n.state = 'available' AND n.year < ? THEN 'expired' ELSE n.state END, "
            "b.invoice_no"
        )
        self.select_params = [this_year]
        if state == EXPIRED:
            self.where.append("n.state = 'available' AND n.year < ?")
            self.params.append(this_year)
        elif state == NumberState.AVAILABLE:
            self.where.append("n.state = 'available' AND n.year >= ?")
            self.params.append(this_year)
        elif state:
            self.where.append("n.state = ?")
            self.params.append(state)
        if range_id is not None:
            self.where.append("n.range_id = ?")
            self.params.append(range_id)
        if year is not None:
            self.where.append("n.year = ?")
            self.params.append(year)
        if search.strip():
            wanted = parse_any(search)  # Refused with a message when it is no number
            self.where.append("n.year = ? AND n.counter = ?")
            self.params += [wanted.year, wanted.counter]
        self._range_count = self._count_from_ranges(state, range_id, year, search, this_year)

    @staticmethod
    def _count_from_ranges(
        state: str | None, range_id: int | None, year: int | None, search: str, this_year: int
    ) -> tuple[str, list[Any]] | None:
        """Counting a million number rows takes 13 ms; the ranges know the same figure.
        Every range holds exactly its numbers, and the triggers keep ``available`` true."""
        if search.strip() or state not in (None, NumberState.AVAILABLE, EXPIRED):
            return None
        where, params = [], []
        if range_id is not None:
            where.append("id = ?")
            params.append(range_id)
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if state == NumberState.AVAILABLE:
            where.append("year >= ?")
            params.append(this_year)
        elif state == EXPIRED:
            where.append("year < ?")
            params.append(this_year)
        figure = "end_counter - start_counter + 1" if state is None else "available"
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return f"SELECT COALESCE(SUM({figure}), 0) FROM efaktur_range{clause}", params

    def count(self) -> int:
        if self._range_count is None:
            return super().count()
        sql, params = self._range_count
        return int(db.execute_sql(sql, params).fetchone()[0])

    def make_row(self, v: tuple) -> NumberRow:
        return NumberRow(v[0], v[1], v[2], v[3], v[4])


@dataclass(frozen=True)
class RangeRow:
    id: int
    year: int
    start_counter: int
    end_counter: int
    available: int
    grant_date: date | None
    note: str

    @property
    def start(self) -> str:
        return format_number(self.year, self.start_counter)

    @property
    def end(self) -> str:
        return format_number(self.year, self.end_counter)

    @property
    def total(self) -> int:
        return self.end_counter - self.start_counter + 1

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "year": self.year,
            "total": self.total,
            "available": self.available,
            "grant_date": self.grant_date.isoformat() if self.grant_date else None,
            "note": self.note,
        }


class RangeListing(Listing[RangeRow]):
    select_sql = "g.id, g.year, g.start_counter, g.end_counter, g.available, g.grant_date, g.note"
    from_sql = "efaktur_range g"
    sort_columns = {
        "year": "g.year",
        "start": "g.year, g.start_counter",
        "newest_year_first": "-g.year, g.start_counter",
    }
    default_sort = "newest_year_first"
    tiebreak = "g.id"

    def make_row(self, v: tuple) -> RangeRow:
        return RangeRow(v[0], v[1], v[2], v[3], v[4], as_date(v[5]) if v[5] else None, v[6])
