"""Coretax's Pajak Keluaran export read back into the book (issue 18; coretax.md §2-§4).

After the XML is imported and the fakturs signed in Coretax, the seller downloads the
Pajak Keluaran list. Each row is matched to a billing by its Referensi (the invoice
number the XML sent as RefDesc), else by a number the book already recorded, else (a
desktop-era number, with a 9 inserted as its fifth digit) by the billing holding that
NSFP. A row that matches nothing is listed, never guessed: fakturs made directly in
Coretax are normal.

``plan_coretax_import`` reads and matches and writes nothing (the preview);
``apply_coretax_import`` plans again inside one transaction and records what changed,
one history entry per billing. The same file imported twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from peewee import IntegrityError, fn

from app.billings.amounts import read_amount
from app.book import history
from app.book.dialect import in_chunks, writing
from app.book.models import (
    Billing,
    BillingLine,
    CoretaxExportItem,
    CoretaxFaktur,
    EfakturNumber,
)
from app.book.states import CoretaxStatus
from app.common import clock
from app.common.efaktur_no import CoretaxNo, parse_coretax_no
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, money_text, tr
from app.common.spreadsheets import Table, as_cell_date, cell_text, read_table

RECORDED, UNCHANGED, UNMATCHED = "recorded", "unchanged", "unmatched"

# The export's columns by header (coretax.md §2.2), written as ``_header`` reads them.
REFERENCE = "referensi"
NUMBER = "nomor faktur pajak"
FAKTUR_DATE = "tanggal faktur pajak"
STATUS = "status faktur"
DPP = "harga jual/penggantian/dpp"
OTHER_DPP = "dpp nilai lain/dpp"
PPN = "ppn"
PPNBM = "ppnbm"
BUYER = "npwp pembeli/identitas lainnya"
REQUIRED = (BUYER, NUMBER, STATUS, DPP, PPN, REFERENCE)
BUYER_SIDE = "npwp penjual"  # the Pajak Masukan export names the seller instead
HEADER_ROWS = 10  # a title above the header is looked past, this far down

# Each spelling the export writes (coretax.md §2.4), as ``_status_key`` reads it.
STATUS_WORDS = {
    "CREATED": CoretaxStatus.CREATED,
    "SIGNING_IN_PROGRESS": CoretaxStatus.CREATED,
    "SAVED_INVALID": CoretaxStatus.CREATED,
    "APPROVED": CoretaxStatus.APPROVED,
    "AMENDED": CoretaxStatus.AMENDED,
    "WAITING_FOR_AMENDMENT": CoretaxStatus.WAITING_FOR_AMENDMENT,
    "WAITING_FOR_CANCELLATION": CoretaxStatus.WAITING_FOR_CANCELLATION,
    "WAITING_FOR_CANCELATION": CoretaxStatus.WAITING_FOR_CANCELLATION,
    "CANCELED": CoretaxStatus.CANCELED,
    "CANCELLED": CoretaxStatus.CANCELED,
    "REJECTED": CoretaxStatus.REJECTED,
}
NUMBERED = {
    CoretaxStatus.APPROVED,
    CoretaxStatus.AMENDED,
    CoretaxStatus.WAITING_FOR_AMENDMENT,
    CoretaxStatus.WAITING_FOR_CANCELLATION,
    CoretaxStatus.CANCELED,
}  # Coretax numbers a faktur on approval: these states have a number
HALF_RUPIAH, CENT = Decimal("0.5"), Decimal("0.01")
EXACT_FLOAT = 2**53  # a number cell above this lost digits in Excel


@dataclass(frozen=True)
class ExportRow:
    """One row of the export as read, with what could not be read in it."""

    row: int  # as the spreadsheet numbers it
    reference: str
    number_text: str
    number: CoretaxNo | None
    faktur_date: date | None
    status: CoretaxStatus
    status_text: str
    dpp: Decimal | None = None
    other_dpp: Decimal | None = None
    ppn: Decimal | None = None
    ppnbm: Decimal | None = None
    problems: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[int, int]:
        """How far along: a replacement's number outranks its original, then by status."""
        return (self.number.status_code if self.number else -1, self.status.rank)


@dataclass
class RowOutcome:
    row: ExportRow
    outcome: str = UNMATCHED
    invoice_no: str | None = None
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row.row,
            "reference": self.row.reference,
            "faktur_no": str(self.row.number) if self.row.number else None,
            "coretax_status": self.row.status.value,
            "invoice_no": self.invoice_no,
            "outcome": self.outcome,
            "problems": [*self.row.problems, *self.problems],
        }


@dataclass(frozen=True)
class Change:
    """What one billing's Coretax record becomes (before: None when it had none)."""

    billing_id: int
    invoice_no: str
    before: dict[str, Any] | None
    after: dict[str, Any]
    exported: bool = False  # went out as XML (what the lists showed before any record)

    @property
    def status_before(self) -> CoretaxStatus:
        """The billing's Coretax status as the lists showed it before this import."""
        if self.before is not None:
            return CoretaxStatus(self.before["coretax_status"])
        return CoretaxStatus.EXPORTED if self.exported else CoretaxStatus.NOT_EXPORTED


@dataclass(frozen=True)
class CoretaxPlan:
    file_name: str
    rows: tuple[ExportRow, ...]
    outcomes: tuple[RowOutcome, ...]
    changes: tuple[Change, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)


# -- reading the file ----------------------------------------------------------------


def _header(value: Any) -> str:
    text = re.sub(r"\s+", " ", cell_text(value).lower())
    return re.sub(r"\s*/\s*", "/", text)


def _status_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().upper())


def _header_row(table: Table, name: str) -> tuple[dict[str, int], int]:
    """The column of each header and the spreadsheet row the header is on."""
    candidates = [(1, table.headers), *((n, row) for n, row in table.rows[:HEADER_ROWS])]
    for row_no, cells in candidates:
        headers = [_header(h) for h in cells]
        if BUYER_SIDE in headers:
            raise Refused(
                tr(
                    "{name} is Coretax's Pajak Masukan export (the fakturs you received, with "
                    "NPWP Penjual). Import the Pajak Keluaran export: in Coretax, e-Faktur → "
                    "Pajak Keluaran, then download the list."
                ).format(name=name)
            )
        if NUMBER in headers and STATUS in headers:
            columns: dict[str, int] = {}
            for i, h in enumerate(headers):
                columns.setdefault(h, i)
            missing = [h for h in REQUIRED if h not in columns]
            if missing:
                raise Refused(
                    tr(
                        "{name} looks like Coretax's Pajak Keluaran export but has no column "
                        "“{column}”. Download the list again from e-Faktur → Pajak Keluaran."
                    ).format(name=name, column=missing[0])
                )
            return columns, row_no
    raise Refused(
        tr(
            "{name} is not Coretax's Pajak Keluaran export: it has no columns “Nomor Faktur "
            "Pajak” and “Status Faktur”. Download the list from e-Faktur → Pajak Keluaran."
        ).format(name=name)
    )


def _number_text(value: Any) -> str:
    """The number as written; a cell Excel took for a number lost its leading zero."""
    if isinstance(value, bool):
        return cell_text(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        if abs(value) >= EXACT_FLOAT:
            raise ValueError(
                tr(
                    "the faktur number {value:.0f} is stored as a number, and Excel keeps "
                    "only 15 digits of it. Download the list again, or format the column as "
                    "text."
                ).format(value=value)
            )
        return str(int(value)).zfill(17)
    return cell_text(value)


def _faktur_date(value: Any) -> date | None:
    found = as_cell_date(value)
    if found is not None:
        return found
    text = cell_text(value)
    if not text:
        return None
    try:
        if match := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+)?", text):
            return date.fromisoformat(match[1])
        if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):  # DD/MM/YYYY
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass  # looked like one, but is no day of the calendar
    raise ValueError(tr("“{text}” is not a date.").format(text=text))


def _amount(value: Any) -> Decimal | None:
    return None if cell_text(value) == "" else read_amount(value)


def _read_row(row_no: int, cells: list[Any], columns: dict[str, int]) -> ExportRow:
    def cell(header: str) -> Any:
        i = columns.get(header)
        return cells[i] if i is not None and i < len(cells) else None

    problems: list[str] = []
    number: CoretaxNo | None = None
    number_text = ""
    try:
        number_text = _number_text(cell(NUMBER))
        if number_text:
            number = parse_coretax_no(number_text)
    except (ValueError, Refused) as exc:
        number_text = number_text or cell_text(cell(NUMBER))  # unreadable: never matched
        problems.append(str(exc.args[0]) if exc.args else str(exc))
    status_text = cell_text(cell(STATUS))
    status = STATUS_WORDS.get(_status_key(status_text), CoretaxStatus.NEEDS_REVIEW)
    if status is CoretaxStatus.NEEDS_REVIEW:
        problems.append(
            tr("Status “{text}” is not one Coretax is known to write; it needs a look.").format(
                text=status_text
            )
        )
    elif _status_key(status_text) == "SAVED_INVALID":
        problems.append(tr("Coretax saved it as invalid: correct it there and upload it again."))
    if status in NUMBERED and number is None and not problems:
        problems.append(
            tr("Coretax lists it as {status} but gives no faktur number; it needs a look.").format(
                status=status_text
            )
        )
        status = CoretaxStatus.NEEDS_REVIEW
    amounts: dict[str, Decimal | None] = {}
    for name, header in (("dpp", DPP), ("other_dpp", OTHER_DPP), ("ppn", PPN), ("ppnbm", PPNBM)):
        try:
            amounts[name] = _amount(cell(header))
        except ValueError as exc:
            amounts[name] = None
            problems.append(f"{header}: {exc}")
    try:
        faktur_date = _faktur_date(cell(FAKTUR_DATE))
    except ValueError as exc:
        faktur_date = None
        problems.append(str(exc))
    return ExportRow(
        row=row_no,
        reference=cell_text(cell(REFERENCE)),
        number_text=number_text,
        number=number,
        faktur_date=faktur_date,
        status=status,
        status_text=status_text,
        problems=tuple(problems),
        **amounts,
    )


def read_export(path: Path) -> tuple[ExportRow, ...]:
    """Every row of a Pajak Keluaran export (.xlsx or .csv); Refused for another file."""
    path = Path(path)
    table = read_table(path)
    columns, header_row = _header_row(table, path.name)
    return tuple(_read_row(n, cells, columns) for n, cells in table.rows if n > header_row)


# -- matching ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Billing:
    id: int
    invoice_no: str
    dpp: int
    ppn: int
    lines: int


def _billings(ids: list[int]) -> dict[int, _Billing]:
    """The billings' figures and how many lines each has (the rounding they allow)."""
    found: dict[int, _Billing] = {}
    for chunk in in_chunks(ids):
        lines = dict(
            BillingLine.select(BillingLine.billing, fn.COUNT(BillingLine.id))
            .where(BillingLine.billing.in_(chunk))
            .group_by(BillingLine.billing)
            .tuples()
        )
        for b in Billing.select(Billing.id, Billing.invoice_no, Billing.dpp, Billing.ppn).where(
            Billing.id.in_(chunk)
        ):
            found[b.id] = _Billing(b.id, b.invoice_no, b.dpp, b.ppn, lines.get(b.id, 0))
    return found


@dataclass
class _Book:
    """What the matching needs from the book, read once."""

    by_invoice: dict[str, int]
    billings: dict[int, _Billing]
    records: dict[int, dict[str, Any]]
    by_number: dict[str, int]  # a recorded number, current or amended
    by_chain: dict[str, int]  # code and serial of a recorded number
    by_nsfp: dict[str, list[tuple[int, str]]]  # 13 digits: (billing, its code)


def _record_of(cf: CoretaxFaktur) -> dict[str, Any]:
    return {
        "coretax_faktur_no": cf.faktur_no,
        "coretax_faktur_date": cf.faktur_date.isoformat() if cf.faktur_date else None,
        "coretax_status": cf.status,
        "coretax_dpp": cf.dpp,
        "coretax_other_dpp": cf.other_dpp,
        "coretax_ppn": cf.ppn,
        "coretax_ppnbm": cf.ppnbm,
        "coretax_mismatch": cf.mismatch,
        "coretax_amended_no": cf.amended_no,
    }


def _read_book(rows: tuple[ExportRow, ...]) -> _Book:
    references = sorted({r.reference for r in rows if r.reference})
    by_invoice: dict[str, int] = {}
    for chunk in in_chunks(references):
        for billing_id, invoice_no in (
            Billing.select(Billing.id, Billing.invoice_no)
            .where(Billing.invoice_no.in_(chunk))
            .tuples()
        ):
            by_invoice[invoice_no] = billing_id
    records = {cf.billing_id: _record_of(cf) for cf in CoretaxFaktur.select()}
    by_number: dict[str, int] = {}
    by_chain: dict[str, int] = {}
    for billing_id, record in records.items():
        for no in (record["coretax_faktur_no"], record["coretax_amended_no"]):
            if no:
                by_number[no] = billing_id
                by_chain[CoretaxNo(no).chain] = billing_id
    by_nsfp: dict[str, list[tuple[int, str]]] = {}
    desktop = [r.number.desktop for r in rows if r.number and r.number.desktop]
    for d in desktop:
        for billing_id, code in (
            Billing.select(Billing.id, Billing.transaction_code)
            .join(EfakturNumber, on=Billing.efaktur_number == EfakturNumber.id)
            .where(
                (EfakturNumber.year == d.number.year) & (EfakturNumber.counter == d.number.counter)
            )
            .tuples()
        ):
            by_nsfp.setdefault(d.number.digits, []).append((billing_id, code))
    ids = (
        set(by_invoice.values()) | set(records) | {b for held in by_nsfp.values() for b, _ in held}
    )
    return _Book(by_invoice, _billings(sorted(ids)), records, by_number, by_chain, by_nsfp)


def _by_desktop_number(row: ExportRow, book: _Book) -> tuple[int | None, str | None]:
    desktop = row.number.desktop if row.number else None
    if desktop is None:
        return None, None
    held = book.by_nsfp.get(desktop.number.digits, [])
    fitting = [b for b, code in held if code == desktop.transaction_code]
    if len(fitting) == 1:
        return fitting[0], None
    if not held:
        return None, tr(
            "It is the e-Faktur desktop number {number} (Coretax inserts a 9 as the fifth "
            "digit); no billing holds it."
        ).format(number=desktop.number)
    return None, tr(
        "It reads as the e-Faktur desktop number {number} (a 9 inserted as the fifth digit), "
        "but the billing holding it has another transaction code; it needs a look."
    ).format(number=desktop.number)


def _match(row: ExportRow, book: _Book) -> tuple[int | None, str | None]:
    """The billing a row belongs to, or why none (None when it simply matches none)."""
    if row.number is None and row.number_text:
        return None, None  # an unreadable number: its problem says why
    by_reference = book.by_invoice.get(row.reference) if row.reference else None
    by_number = None
    if row.number is not None:
        by_number = book.by_number.get(str(row.number)) or book.by_chain.get(row.number.chain)
    if by_reference and by_number and by_reference != by_number:
        return None, tr(
            "Its Referensi is {reference}, but faktur {number} is recorded on {invoice_no}; "
            "nothing was changed for it."
        ).format(
            reference=row.reference,
            number=row.number,
            invoice_no=book.billings[by_number].invoice_no,
        )
    if by_reference or by_number:
        return by_reference or by_number, None
    return _by_desktop_number(row, book)


# -- what changes --------------------------------------------------------------------


def _rupiah(amount: Decimal | None) -> int | None:
    return None if amount is None else int(amount.to_integral_value(ROUND_HALF_UP))


def mismatch_of(row: ExportRow, billing: _Billing) -> str:
    """The sentence when Coretax's DPP or PPN differs from the billing's by more than the
    rounding of its lines allows (half a rupiah, and a cent a line: coretax.md §5.2);
    English, as the book keeps it."""
    allowed = HALF_RUPIAH + CENT * billing.lines
    said = []
    for word, theirs, ours in (("DPP", row.dpp, billing.dpp), ("PPN", row.ppn, billing.ppn)):
        if theirs is not None and abs(theirs - ours) > allowed:
            said.append(f"Coretax shows {word} {_rupiah(theirs):,}; this billing has {ours:,}")
    return "; ".join(said) + ("." if said else "")


_SAID_DIFFERENCE = re.compile(r"Coretax shows (DPP|PPN) ([0-9,]+); this billing has ([0-9,]+)")


def shown_mismatch(sentence: str) -> str:
    """The stored (English) mismatch sentence in the window's language."""
    said = [
        tr("Coretax shows {what} {theirs}; this billing has {ours}").format(
            what=found[1],
            theirs=money_text(int(found[2].replace(",", ""))),
            ours=money_text(int(found[3].replace(",", ""))),
        )
        for found in _SAID_DIFFERENCE.finditer(sentence)
    ]
    return "; ".join(said) + "." if said else sentence


def _record_from(
    row: ExportRow, billing: _Billing, before: dict[str, Any] | None
) -> dict[str, Any]:
    return {
        "coretax_faktur_no": str(row.number) if row.number else "",
        "coretax_faktur_date": row.faktur_date.isoformat() if row.faktur_date else None,
        "coretax_status": row.status.value,
        "coretax_dpp": _rupiah(row.dpp),
        "coretax_other_dpp": _rupiah(row.other_dpp),
        "coretax_ppn": _rupiah(row.ppn),
        "coretax_ppnbm": _rupiah(row.ppnbm),
        "coretax_mismatch": mismatch_of(row, billing),
        "coretax_amended_no": before["coretax_amended_no"] if before else "",
    }


def _key_of(record: dict[str, Any] | None) -> tuple[int, int]:
    if record is None:
        return (-2, -1)
    no = record["coretax_faktur_no"]
    return (CoretaxNo(no).status_code if no else -1, CoretaxStatus(record["coretax_status"]).rank)


def _amended(after: dict[str, Any], before: dict[str, Any] | None, rows: list[ExportRow]) -> str:
    """The original the current number replaces: the highest earlier number of its
    chain, from this file or the book."""
    current = after["coretax_faktur_no"]
    if not current:
        return after["coretax_amended_no"]
    now = CoretaxNo(current)
    seen = [str(r.number) for r in rows if r.number]
    if before:
        seen += [before["coretax_faktur_no"], before["coretax_amended_no"]]
    earlier = [
        CoretaxNo(no)
        for no in seen
        if no and CoretaxNo(no).chain == now.chain and CoretaxNo(no).status_code < now.status_code
    ]
    if not earlier:
        return after["coretax_amended_no"]
    return str(max(earlier, key=lambda n: n.status_code))


def _plan_billing(
    billing: _Billing, before: dict[str, Any] | None, rows: list[RowOutcome]
) -> Change | None:
    """Which row wins for one billing (a later state never gives way to an earlier
    one), what the record becomes, and each row's outcome."""
    after, winner = before, None
    for outcome in rows:
        row = outcome.row
        same = after is not None and after["coretax_faktur_no"] == str(row.number or "")
        if row.key > _key_of(after) or (same and row.key == _key_of(after)):
            after, winner = _record_from(row, billing, before), outcome
    assert after is not None
    after = {**after, "coretax_amended_no": _amended(after, before, [o.row for o in rows])}
    changed = after != before
    for outcome in rows:
        outcome.invoice_no = billing.invoice_no
        row_no = str(outcome.row.number or "")
        touched = outcome is winner or (row_no and row_no == after["coretax_amended_no"])
        outcome.outcome = RECORDED if changed and touched else UNCHANGED
        if outcome is winner and after["coretax_mismatch"]:
            outcome.problems.append(after["coretax_mismatch"])
        elif not touched and outcome.row.status.value != after["coretax_status"]:
            outcome.problems.append(
                tr("Coretax also lists it as {status}; the later state, {kept}, stays.").format(
                    status=outcome.row.status_text,
                    kept=tr(CoretaxStatus(after["coretax_status"]).label),
                )
            )
    if not changed:
        return None
    return Change(billing.id, billing.invoice_no, before, after)


def _planned(file_name: str, rows: tuple[ExportRow, ...]) -> CoretaxPlan:
    book = _read_book(rows)
    outcomes = tuple(RowOutcome(row) for row in rows)
    per_billing: dict[int, list[RowOutcome]] = {}
    number_on: dict[str, int] = {}
    for outcome in outcomes:
        billing_id, problem = _match(outcome.row, book)
        number = str(outcome.row.number or "")
        if (
            billing_id is not None
            and number
            and number_on.setdefault(number, billing_id) != (billing_id)
        ):
            billing_id = None
            problem = tr("Faktur {number} appears twice in the file, for two billings.").format(
                number=number
            )
        if problem:
            outcome.problems.append(problem)
        if billing_id is not None:
            per_billing.setdefault(billing_id, []).append(outcome)
    changes = [
        _plan_billing(book.billings[b], book.records.get(b), matched)
        for b, matched in per_billing.items()
    ]
    exported = _exported([c.billing_id for c in changes if c is not None and c.before is None])
    return CoretaxPlan(
        file_name,
        rows,
        outcomes,
        tuple(replace(c, exported=c.billing_id in exported) for c in changes if c is not None),
    )


def _exported(billing_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in in_chunks(billing_ids):
        found |= {
            i.billing_id
            for i in CoretaxExportItem.select(CoretaxExportItem.billing).where(
                CoretaxExportItem.billing.in_(chunk)
            )
        }
    return found


def plan_coretax_import(path: Path) -> CoretaxPlan:
    """Read the export and say what importing it would change; writes nothing."""
    path = Path(path)
    return _planned(path.name, read_export(path))


# -- recording -----------------------------------------------------------------------


def _stored(after: dict[str, Any]) -> dict[str, Any]:
    day = after["coretax_faktur_date"]
    return {
        "faktur_no": after["coretax_faktur_no"],
        "faktur_date": date.fromisoformat(day) if day else None,
        "status": after["coretax_status"],
        "dpp": after["coretax_dpp"],
        "other_dpp": after["coretax_other_dpp"],
        "ppn": after["coretax_ppn"],
        "ppnbm": after["coretax_ppnbm"],
        "mismatch": after["coretax_mismatch"],
        "amended_no": after["coretax_amended_no"],
        "imported_at": clock.now(),
    }


def _summary(change: Change) -> history.Said:
    status = CoretaxStatus(change.after["coretax_status"]).label
    number = change.after["coretax_faktur_no"]
    if number:
        return history.said(
            QT_TR_NOOP("{invoice_no}: Coretax shows faktur {faktur_no} as {status}"),
            invoice_no=change.invoice_no,
            faktur_no=number,
            status=status,
        )
    return history.said(
        QT_TR_NOOP("{invoice_no}: Coretax shows the faktur as {status}"),
        invoice_no=change.invoice_no,
        status=status,
    )


def apply_coretax_import(plan: CoretaxPlan) -> CoretaxPlan:
    """Record what the export shows, in one transaction, against the book as it is now
    (the preview's plan is made again inside it); returns what was done."""
    try:
        return _apply(plan)
    except IntegrityError as exc:  # a number on two billings: the book's index refused it
        raise Refused(
            tr(
                "{file_name} would put one Coretax faktur number on two billings; nothing "
                "was recorded. Check the rows with that number in Coretax."
            ).format(file_name=plan.file_name)
        ) from exc


def _apply(plan: CoretaxPlan) -> CoretaxPlan:
    with writing():
        done = _planned(plan.file_name, plan.rows)
        for change in done.changes:
            values = _stored(change.after)
            if change.before is None:
                CoretaxFaktur.insert(billing=change.billing_id, **values).execute()
            else:
                CoretaxFaktur.update(**values).where(
                    CoretaxFaktur.billing == change.billing_id
                ).execute()
            before, after = history.changed_fields(change.before or {}, change.after)
            history.record(
                "billing",
                change.billing_id,
                "coretax_imported",
                _summary(change),
                billing_id=change.billing_id,
                reason=plan.file_name,
                before=before if change.before else None,
                after=after,
            )
        return done


def import_coretax_file(path: Path) -> CoretaxPlan:
    """Plan and apply in one go (the command line)."""
    return apply_coretax_import(plan_coretax_import(path))
