"""Recording the E-Faktur No ranges DJP grants (e-Nofa)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.book import history
from app.book.dialect import writing
from app.book.models import Billing, EfakturFile, EfakturNumber, EfakturRange, NumberAssignment, db
from app.book.states import EXPIRED, NumberState
from app.common import clock
from app.common.date_window import outside
from app.common.efaktur_no import EfakturNo, format_number, parse_any
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr
from app.common.verdicts import Verdict
from app.numbers.number_pool import expired
from app.numbers.rules import RangeFacts, may_delete_range, may_edit_range

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
    start = parse_any(start_text)  # the one parser: 13 digits or the 16-digit faktur form
    end = parse_any(end_text)
    if start.year != end.year:
        raise Refused(
            tr(
                "Start {start} is for {year} but End {end} is for {year2}; a range "
                "lies within one year."
            ).format(start=start, year=start.year, end=end, year2=end.year)
        )
    if year_period is not None and (problem := outside(year_period, str(year_period))):
        raise Refused(tr("Year Period {problem}").format(problem=problem))
    shown = tr("{start}, a number for {year},").format(start=start, year=start.year)
    if problem := outside(start.year, shown):
        raise Refused(tr("Start {problem}").format(problem=problem))
    if year_period is not None and start.year != year_period:
        raise Refused(
            tr(
                "The numbers are for {year} (digits 4-5 of {start}) but the Year "
                "Period is {year_period}."
            ).format(year=start.year, start=start, year_period=year_period)
        )
    if end.counter < start.counter:
        raise Refused(tr("End {end} comes before Start {start}.").format(end=end, start=start))
    total = end.counter - start.counter + 1
    if total > MAX_BLOCK:
        raise Refused(
            tr(
                "{total:,} numbers is more than one e-Nofa grant ever holds (at "
                "most {MAX_BLOCK:,}); check Start and End."
            ).format(total=total, MAX_BLOCK=MAX_BLOCK)
        )
    if grant_date is not None and (problem := outside(grant_date.year, grant_date.isoformat())):
        raise Refused(tr("The grant letter date {problem}").format(problem=problem))
    if grant_date is not None and grant_date.year > start.year:
        raise Refused(
            tr(
                "A grant letter dated {grant_date:%Y-%m-%d} cannot grant numbers for {year}."
            ).format(grant_date=grant_date, year=start.year)
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


def refuse_overlap(data: RangeInput, ignore_id: int | None = None) -> None:
    """Refused, naming the recorded range, when ``data`` overlaps one (other than itself)."""
    clash = overlapping(data.start.year, data.start.counter, data.end.counter, ignore_id)
    if clash is not None:
        raise Refused(
            tr("{start} .. {end} overlaps the range already recorded: {clash}.").format(
                start=data.start, end=data.end, clash=describe(clash)
            )
        )


def describe(rng: EfakturRange) -> str:
    return (
        f"{format_number(rng.year, rng.start_counter)} .. "
        f"{format_number(rng.year, rng.end_counter)}"
    )


def add_range(data: RangeInput) -> EfakturRange:
    with writing():
        refuse_overlap(data)
        rng = EfakturRange.create(
            year=data.start.year,
            start_counter=data.start.counter,
            end_counter=data.end.counter,
            grant_date=data.grant_date,
            note=data.note,
            created_at=clock.now(),
        )
        _insert_numbers(rng, rng.start_counter, rng.end_counter)
        history.record(
            "range",
            rng.id,
            "range_added",
            history.said(
                QT_TR_NOOP("Range {range} added ({total:,} numbers)"),
                range=describe(rng),
                total=data.total,
            ),
            after={
                "start": str(data.start),
                "end": str(data.end),
                "grant_date": data.grant_date,
                "note": data.note,
            },
        )
        return rng


def highest_ever_assigned(range_id: int) -> int | None:
    """The counter of the range's highest number that ever served a billing, if any.

    While there is none, the range may change its start and year, or be deleted."""
    row = db.execute_sql(
        "SELECT n.counter FROM efaktur_number n WHERE n.range_id = ? "
        "AND (n.state != 'available' OR EXISTS "
        "(SELECT 1 FROM number_assignment a WHERE a.number_id = n.id)) "
        "ORDER BY n.counter DESC LIMIT 1",  # walks down from the top: stops at the first
        (range_id,),
    ).fetchone()
    return row[0] if row else None


def facts_of_range(rng: EfakturRange) -> RangeFacts:
    return RangeFacts(describe(rng), rng.year, highest_ever_assigned(rng.id))


def range_verdicts(range_id: int) -> tuple[Verdict, Verdict]:
    """May the range be edited, and deleted (the window's Edit Range and Delete Range)."""
    facts = facts_of_range(_load_range(range_id))
    return may_edit_range(facts), may_delete_range(facts)


@dataclass(frozen=True)
class RangeDetails:
    """A recorded range as its edit form shows it."""

    start: EfakturNo
    end: EfakturNo
    grant_date: date | None
    note: str
    total: int
    available: int
    facts: RangeFacts  # what the rules need to say what may change

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def used(self) -> int:
        return self.total - self.available


def range_details(range_id: int) -> RangeDetails:
    """Refused when the range is gone."""
    rng = _load_range(range_id)
    return RangeDetails(
        rng.start, rng.end, rng.grant_date, rng.note, rng.total, rng.available, facts_of_range(rng)
    )


@dataclass(frozen=True)
class NumberUse:
    invoice_no: str
    assigned_at: datetime
    released_at: datetime | None  # when the billing cancelled it


@dataclass(frozen=True)
class NumberFile:
    uploaded_at: datetime
    file_name: str
    withdrawn_at: datetime | None
    withdrawn_reason: str


@dataclass(frozen=True)
class NumberDetails:
    """One E-Faktur No: its state, the billing holding it, and its story."""

    id: int
    number: str
    state: str  # available, assigned, uploaded, or expired (available in a year that is over)
    holder: str | None  # the invoice number of the billing holding it now
    range: str  # its range, described
    uses: tuple[NumberUse, ...]  # every billing it served, oldest first
    files: tuple[NumberFile, ...]


def number_details(number_id: int) -> NumberDetails:
    """Refused when the number is gone."""
    number = (
        EfakturNumber.select(EfakturNumber, EfakturRange)
        .join(EfakturRange)
        .where(EfakturNumber.id == number_id)
        .get_or_none()
    )
    if number is None:
        raise Refused(tr("That E-Faktur No no longer exists; refresh and try again."))
    state = number.state
    if state == NumberState.AVAILABLE and expired(number.year):
        state = EXPIRED
    holder = Billing.select(Billing.invoice_no).where(Billing.efaktur_number == number_id).first()
    uses = (
        NumberAssignment.select(NumberAssignment, Billing.invoice_no)
        .join(Billing)
        .where(NumberAssignment.number == number_id)
        .order_by(NumberAssignment.id)
    )
    files = EfakturFile.select().where(EfakturFile.number == number_id).order_by(EfakturFile.id)
    return NumberDetails(
        id=number.id,
        number=str(number),
        state=state,
        holder=holder.invoice_no if holder else None,
        range=describe(number.range),
        uses=tuple(NumberUse(u.billing.invoice_no, u.assigned_at, u.released_at) for u in uses),
        files=tuple(
            NumberFile(f.uploaded_at, f.file_name, f.withdrawn_at, f.withdrawn_reason)
            for f in files
        ),
    )


def _load_range(range_id: int) -> EfakturRange:
    rng = EfakturRange.get_or_none(EfakturRange.id == range_id)
    if rng is None:
        raise Refused(tr("That range no longer exists; refresh and try again."))
    return rng


def _insert_numbers(rng: EfakturRange, first: int, last: int) -> None:
    batch: list[dict] = []
    for counter in range(first, last + 1):
        batch.append({"range": rng.id, "year": rng.year, "counter": counter})
        if len(batch) == _INSERT_BATCH:
            EfakturNumber.insert_many(batch).execute()
            batch = []
    if batch:
        EfakturNumber.insert_many(batch).execute()


def _delete_numbers(rng: EfakturRange, below: int | None = None, above: int | None = None) -> None:
    """Delete the range's numbers below ``below`` or above ``above`` (all if neither)."""
    query = EfakturNumber.delete().where(EfakturNumber.range == rng.id)
    if below is not None and above is not None:
        query = query.where((EfakturNumber.counter < below) | (EfakturNumber.counter > above))
    query.execute()  # the schema refuses to delete a number that was ever used


def edit_range(range_id: int, data: RangeInput) -> EfakturRange:
    """Change a range: the end may grow, or shrink to the highest number ever assigned;
    the start and year only while none of its numbers was ever assigned."""
    with writing():
        rng = _load_range(range_id)
        before = {
            "start": str(rng.start),
            "end": str(rng.end),
            "grant_date": rng.grant_date,
            "note": rng.note,
        }
        after = {
            "start": str(data.start),
            "end": str(data.end),
            "grant_date": data.grant_date,
            "note": data.note,
        }
        if after == before:
            return rng  # saved unchanged: nothing to write, nothing to record
        may_edit_range(facts_of_range(rng), data.start != rng.start, data.end.counter).require()
        refuse_overlap(data, rng.id)
        if data.start.year != rng.year:
            _delete_numbers(rng)
        else:
            _delete_numbers(rng, below=data.start.counter, above=data.end.counter)
        old_year, old_start, old_end = rng.year, rng.start_counter, rng.end_counter
        rng.year = data.start.year
        rng.start_counter = data.start.counter
        rng.end_counter = data.end.counter
        rng.grant_date = data.grant_date
        rng.note = data.note
        rng.save(  # never ``available``: the triggers own it
            only=[
                EfakturRange.year,
                EfakturRange.start_counter,
                EfakturRange.end_counter,
                EfakturRange.grant_date,
                EfakturRange.note,
            ]
        )
        if rng.year != old_year:
            _insert_numbers(rng, rng.start_counter, rng.end_counter)
        else:
            if rng.start_counter < old_start:
                _insert_numbers(rng, rng.start_counter, min(old_start - 1, rng.end_counter))
            if rng.end_counter > old_end:
                _insert_numbers(rng, max(old_end + 1, rng.start_counter), rng.end_counter)
        changed = ", ".join(k.replace("_", " ") for k in after if after[k] != before[k])
        history.record(
            "range",
            rng.id,
            "range_changed",
            history.said(
                QT_TR_NOOP("Range {range} changed ({fields}); {total:,} numbers"),
                range=describe(rng),
                fields=changed,
                total=rng.total,
            ),
            before=before,
            after=after,
        )
        return EfakturRange.get_by_id(rng.id)  # with the count the triggers kept


def delete_range(range_id: int) -> str:
    """Delete a range none of whose numbers was ever assigned; returns its description."""
    with writing():
        rng = _load_range(range_id)
        may_delete_range(facts_of_range(rng)).require()
        text = describe(rng)
        _delete_numbers(rng)
        history.record(
            "range",
            rng.id,
            "range_deleted",
            history.said(
                QT_TR_NOOP("Range {range} deleted ({total:,} numbers never used)"),
                range=text,
                total=rng.total,
            ),
            before={"start": str(rng.start), "end": str(rng.end), "note": rng.note},
        )
        rng.delete_instance()
        return text
