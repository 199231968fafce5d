"""Recording the E-Faktur No ranges DJP grants (e-Nofa)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, history
from app.efaktur_no import EfakturNo, format_number, parse_number
from app.errors import Refused
from app.models import EfakturNumber, EfakturRange, db

# e-Nofa grants 75 numbers, or 120% of the last three months' faktur count. No
# real PKP needs more than this in one letter; a bigger block is a typing mistake.
MAX_BLOCK = 100_000
_INSERT_BATCH = 5_000


@dataclass(frozen=True)
class RangeInput:
    start: EfakturNo
    end: EfakturNo
    grant_date: date | None = None
    note: str = ""

    @property
    def total(self) -> int:
        return self.end.counter - self.start.counter + 1


def read_range(
    start_text: str,
    end_text: str,
    year_period: int | None = None,
    grant_date: date | None = None,
    note: str = "",
) -> RangeInput:
    """Validate what the user typed; raises Refused naming the problem."""
    start = parse_number(start_text)
    end = parse_number(end_text)
    if start.year != end.year:
        raise Refused(
            f"Start {start} is for {start.year} but End {end} is for {end.year}; "
            "a range lies within one year."
        )
    if year_period is not None and start.year != year_period:
        raise Refused(
            f"The numbers are for {start.year} (digits 4-5 of {start}) but the Year "
            f"Period is {year_period}."
        )
    if end.counter < start.counter:
        raise Refused(f"End {end} comes before Start {start}.")
    total = end.counter - start.counter + 1
    if total > MAX_BLOCK:
        raise Refused(
            f"{total:,} numbers is more than one e-Nofa grant ever holds "
            f"(at most {MAX_BLOCK:,}); check Start and End."
        )
    if grant_date is not None and grant_date.year > start.year:
        raise Refused(
            f"A grant letter dated {grant_date:%Y-%m-%d} cannot grant numbers for {start.year}."
        )
    return RangeInput(start, end, grant_date, note.strip())


def overlapping(
    year: int, start: int, end: int, ignore_id: int | None = None
) -> EfakturRange | None:
    query = EfakturRange.select().where(
        (EfakturRange.year == year)
        & (EfakturRange.start_counter <= end)
        & (EfakturRange.end_counter >= start)
    )
    if ignore_id is not None:
        query = query.where(EfakturRange.id != ignore_id)
    return query.order_by(EfakturRange.start_counter).first()


def describe(rng: EfakturRange) -> str:
    return (
        f"{format_number(rng.year, rng.start_counter)} .. "
        f"{format_number(rng.year, rng.end_counter)}"
    )


def add_range(data: RangeInput) -> EfakturRange:
    with db.atomic("IMMEDIATE"):
        clash = overlapping(data.start.year, data.start.counter, data.end.counter)
        if clash is not None:
            raise Refused(
                f"{data.start} .. {data.end} overlaps the range already recorded: "
                f"{describe(clash)}."
            )
        rng = EfakturRange.create(
            year=data.start.year,
            start_counter=data.start.counter,
            end_counter=data.end.counter,
            grant_date=data.grant_date,
            note=data.note,
            created_at=clock.now(),
        )
        rows = (
            {"range": rng.id, "year": rng.year, "counter": c, "state": "available"}
            for c in range(rng.start_counter, rng.end_counter + 1)
        )
        batch: list[dict] = []
        for row in rows:
            batch.append(row)
            if len(batch) == _INSERT_BATCH:
                EfakturNumber.insert_many(batch).execute()
                batch = []
        if batch:
            EfakturNumber.insert_many(batch).execute()
        history.record(
            "range",
            rng.id,
            "range_added",
            f"Range {describe(rng)} added ({data.total:,} numbers)",
            after={
                "start": str(data.start),
                "end": str(data.end),
                "grant_date": data.grant_date,
                "note": data.note,
            },
        )
        return rng
