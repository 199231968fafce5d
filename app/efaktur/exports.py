"""Exporting billings to the e-Faktur CSV, each export kept as a batch.

Only issued, tax-active, non-cancelled billings holding a number can be exported; the
others are left out with the reason. Exporting again is allowed (the window asks
first) until the faktur's approved file was uploaded: then it needs a replacement.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import peewee

from app.billings.numbering import invoice_no_problem
from app.billings.parties import real_npwp
from app.billings.rules import ISSUED, effective_status
from app.book import history
from app.book.dialect import in_chunks, placeholders, writing
from app.book.models import Billing, BillingLine, Customer, ExportBatch, ExportItem, Setting, db
from app.book.sql_dates import as_date, as_datetime
from app.book.states import Status
from app.common import clock
from app.common.coretax_codes import CORETAX_ONLY_CODES
from app.common.date_window import outside
from app.common.efaktur_no import EfakturNo, format_number
from app.common.errors import Refused, refused_lines
from app.common.i18n import QT_TR_NOOP, day_text, tr
from app.common.safe_write import check_target, write_whole
from app.efaktur.djp_csv import Buyer, Faktur, Line, write_csv
from app.efaktur.listing import xml_way_sql
from app.numbers import channel


@dataclass(frozen=True)
class LeftOut:
    invoice_no: str
    reason: str


@dataclass(frozen=True)
class EarlierFaktur:
    """A faktur e-Faktur desktop still holds: the number went out on another billing."""

    number: str
    invoice_no: str
    batch_id: int
    day: date


@dataclass(frozen=True)
class ExportPlan:
    billings: tuple[Billing, ...]  # to be written, in file order, with their customers
    left_out: tuple[LeftOut, ...]
    exported_on: dict[int, date]  # of those billings: when each last went out
    went_out_on: dict[int, EarlierFaktur] = field(default_factory=dict)  # its number, before

    @property
    def billing_ids(self) -> tuple[int, ...]:
        return tuple(b.id for b in self.billings)

    @property
    def needs_again(self) -> set[int]:
        """The billings that go out only when the user says so (``again``)."""
        return set(self.exported_on) | set(self.went_out_on)

    @property
    def exported_before(self) -> tuple[str, ...]:
        """``INV-1 (exported 20 Nov 2026)`` for each billing exported before."""
        return exported_texts(self.billings, self.exported_on)

    @property
    def numbers_out_before(self) -> tuple[str, ...]:
        """For each billing whose number went out before on another billing: that faktur,
        which the user deletes in e-Faktur desktop before importing the new one."""
        return tuple(
            _earlier_text(b.invoice_no, self.went_out_on[b.id])
            for b in self.billings
            if b.id in self.went_out_on
        )

    def reason_left_out(self, billing_id: int) -> str:
        """Why a billing that needs ``again`` was left out without it."""
        earlier = self.went_out_on.get(billing_id)
        if earlier is None:
            return tr("it was exported before")
        return tr(
            "its E-Faktur No {number} went out before on {old} (export batch {batch}, "
            "{day}); delete that faktur in e-Faktur desktop first"
        ).format(
            number=earlier.number,
            old=earlier.invoice_no,
            batch=earlier.batch_id,
            day=day_text(earlier.day),
        )


def exported_texts(billings: tuple[Billing, ...], exported_on: dict[int, date]) -> tuple[str, ...]:
    """``INV-1 (exported 20 Nov 2026)`` for each of ``billings`` exported before."""
    return tuple(
        tr("{invoice_no} (exported {day})").format(
            invoice_no=b.invoice_no, day=day_text(exported_on[b.id])
        )
        for b in billings
        if b.id in exported_on
    )


def _earlier_text(invoice_no: str, earlier: EarlierFaktur) -> str:
    return tr(
        "{invoice_no}: E-Faktur No {number} went out before on {old} (export batch {batch}, {day})"
    ).format(
        invoice_no=invoice_no,
        number=earlier.number,
        old=earlier.invoice_no,
        batch=earlier.batch_id,
        day=day_text(earlier.day),
    )


@dataclass(frozen=True)
class ExportDone:
    batch_id: int
    fakturs: int
    path: Path
    left_out: tuple[LeftOut, ...]
    not_saved: str = ""  # why the file could not be written after the batch was kept


def not_a_faktur(billing: Billing) -> str | None:
    """Why ``billing`` is no faktur to send DJP at all, either way (CSV or XML)."""
    status = effective_status(billing.status, billing.due_date, clock.today())
    if status is Status.CANCELLED:
        return tr("it is cancelled")
    if status not in ISSUED:
        return tr("it is not issued yet ({label})").format(label=tr(status.label))
    if not billing.tax_active:
        return tr("Invoice Tax is off")
    return None


def _why_not(billing: Billing, customer: Customer, uploaded_on: date | None) -> str | None:
    reason = not_a_faktur(billing)
    if reason is not None:
        return reason
    if billing.transaction_code in CORETAX_ONLY_CODES:  # its date went desktop after saving
        return tr(
            "transaction code {code} goes through Coretax only; e-Faktur desktop takes 01 to 09"
        ).format(code=billing.transaction_code)
    if billing.efaktur_number_id is None:
        return tr("it has no E-Faktur No yet")
    if uploaded_on is not None:
        return tr(
            "its e-Faktur file was uploaded on {uploaded_on}; a change "
            "now needs a replacement faktur"
        ).format(uploaded_on=day_text(uploaded_on))
    if not real_npwp(customer.npwp) and not customer.nik.strip():
        return tr("customer {name} has neither NPWP nor NIK").format(name=customer.name)
    problem = invoice_no_problem(billing.invoice_no)
    if problem:  # e-Faktur would keep part of it: two fakturs could share one reference
        return tr(
            "its invoice number {problem}. Cancel it and issue a duplicate under a plain "
            "invoice number"
        ).format(problem=problem)
    return None


def _uploaded_on(number_ids: list[int]) -> dict[int, date]:
    found: dict[int, date] = {}
    for chunk in in_chunks(number_ids):
        marks = placeholders(len(chunk))
        for number_id, at in db.execute_sql(
            f"SELECT number_id, MIN(uploaded_at) FROM efaktur_file WHERE number_id IN ({marks}) "
            "GROUP BY number_id",
            chunk,
        ):
            found[number_id] = as_date(at)
    return found


def last_exported(billing_id: int, number_id: int | None) -> date | None:
    """When the billing was last exported with the number it holds now."""
    if number_id is None:
        return None
    row = db.execute_sql(
        "SELECT MAX(x.created_at) FROM export_item i JOIN export_batch x ON x.id = i.batch_id "
        "WHERE i.billing_id = ? AND i.number_id = ?",
        (billing_id, number_id),
    ).fetchone()
    return as_datetime(row[0]).date() if row and row[0] else None


def plan_export(billing_ids: list[int]) -> ExportPlan:
    """Which of the chosen billings go into the file, which are left out and why."""
    billings = list(
        Billing.select(Billing, Customer)
        .join(Customer)
        .where(Billing.id.in_(billing_ids))
        .order_by(Billing.invoice_date, Billing.invoice_no, Billing.id)
    )
    uploaded = _uploaded_on([b.efaktur_number_id for b in billings if b.efaktur_number_id])
    included: list[Billing] = []
    left_out: list[LeftOut] = []
    exported_on: dict[int, date] = {}
    for billing in billings:
        reason = _why_not(billing, billing.customer, uploaded.get(billing.efaktur_number_id))
        if (
            reason is None
            and not BillingLine.select().where(BillingLine.billing == billing).exists()
        ):
            reason = tr("it has no lines")
        if reason is not None:
            left_out.append(LeftOut(billing.invoice_no, reason))
            continue
        included.append(billing)
        when = last_exported(billing.id, billing.efaktur_number_id)
        if when is not None:
            exported_on[billing.id] = when
    return ExportPlan(tuple(included), tuple(left_out), exported_on, _went_out_on(included))


def _went_out_on(billings: list[Billing]) -> dict[int, EarlierFaktur]:
    """For each billing: the latest faktur its number went out on with another billing,
    unless this billing went out with the number since (the user was told then)."""
    by_number = {b.efaktur_number_id: b for b in billings}
    found: dict[int, EarlierFaktur] = {}
    numbers = list(by_number)
    for chunk in in_chunks(numbers):
        marks = placeholders(len(chunk))
        rows = db.execute_sql(
            "SELECT i.number_id, i.billing_id, o.invoice_no, x.id, x.created_at, n.year, "
            "n.counter FROM export_item i JOIN export_batch x ON x.id = i.batch_id "
            "JOIN billing o ON o.id = i.billing_id JOIN efaktur_number n ON n.id = i.number_id "
            f"WHERE i.number_id IN ({marks}) ORDER BY x.id",
            chunk,
        ).fetchall()
        for number_id, billing_id, old_no, batch_id, at, year, counter in rows:
            billing = by_number[number_id]
            if billing_id == billing.id:
                found.pop(billing.id, None)  # went out on this billing since
            else:
                found[billing.id] = EarlierFaktur(
                    format_number(year, counter), old_no, batch_id, as_datetime(at).date()
                )
    return found


def faktur_of(billing: Billing) -> Faktur:
    customer = billing.customer
    number = billing.efaktur_number
    lines = tuple(
        Line(
            line.item_code,
            line.name,
            line.quantity,
            line.unit_price,
            line.discount_percent,
            line.luxury,
            line.stlg_rate,
        )
        for line in BillingLine.select()
        .where(BillingLine.billing == billing)
        .order_by(BillingLine.position)
    )
    return Faktur(
        transaction_code=billing.transaction_code,
        number=EfakturNo(number.year, number.counter),
        faktur_date=billing.invoice_date,
        buyer=Buyer(
            name=customer.npwp_name or customer.name,
            npwp=customer.npwp,
            nik=customer.nik,
            address=customer.npwp_address,
        ),
        reference=billing.invoice_no,
        lines=lines,
        prices_include_tax=billing.prices_include_tax,
    )


UNSAVED_KEY = "export_unsaved."  # + batch id: the file it should have been written to


def export_csv(billing_ids: list[int], path: Path, again: bool = False) -> ExportDone:
    """Keep the chosen billings that can be exported as a batch, then write its file.

    ``again``: export billings that were exported before, or whose number went out on
    another billing, too; without it they are left out, and the window asks first.
    The file is written only once the batch is committed, so no file exists for a batch
    the book does not hold; if the write then fails, the batch stays marked as not saved
    (``ExportDone.not_saved``) until ``save_again`` writes its kept bytes.
    """
    path = Path(path)
    check_target(path)  # before the batch is kept: a path typed wrong keeps nothing
    with writing():
        plan = plan_export(billing_ids)
        billings = list(plan.billings)
        left_out = list(plan.left_out)
        if not again:
            held_back = plan.needs_again
            left_out += [
                LeftOut(b.invoice_no, plan.reason_left_out(b.id))
                for b in billings
                if b.id in held_back
            ]
            billings = [b for b in billings if b.id not in held_back]
        if not billings:
            raise refused_lines(
                [f"{x.invoice_no}: {x.reason}" for x in left_out],
                tr("None of the chosen billings can be exported."),
            )
        content = write_csv(faktur_of(b) for b in billings)
        batch = _keep_batch(billings, content, path)
    return ExportDone(
        batch.id, len(billings), path, tuple(left_out), save_file(batch.id, path, content)
    )


def keep_bytes(content: bytes, path: Path, fakturs: int, format: str = "csv") -> ExportBatch:
    """A new batch holding the file's exact bytes, marked not saved until ``save_file``
    writes them (the caller records its billings, in the same transaction)."""
    batch = ExportBatch.create(
        created_at=clock.now(),
        file_name=path.name,
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        fakturs=fakturs,
        format=format,
    )
    # marked until its file is written: a failure or a crash after the commit leaves it so
    Setting.create(key=f"{UNSAVED_KEY}{batch.id}", value=str(path))
    return batch


def _keep_batch(billings: list[Billing], content: bytes, path: Path) -> ExportBatch:
    batch = keep_bytes(content, path, len(billings))
    ExportItem.insert_many(
        [(batch.id, b.id, b.efaktur_number_id) for b in billings],
        fields=[ExportItem.batch, ExportItem.billing, ExportItem.number],
    ).execute()
    history.record_many(
        QT_TR_NOOP("{invoice_no} exported to {file} (batch {batch})"),
        [
            {
                "entity": "billing",
                "entity_id": b.id,
                "action": "exported",
                "args": {"invoice_no": b.invoice_no, "file": path.name, "batch": batch.id},
                "billing_id": b.id,
                "number_id": b.efaktur_number_id,
                "after": {"batch": batch.id, "file": path.name},
            }
            for b in billings
        ],
    )
    return batch


def save_file(batch_id: int, path: Path, content: bytes) -> str:
    """Write the batch's kept bytes to ``path``; the reason it could not, or ''."""
    try:
        write_whole(path, content)
    except Refused as exc:
        return exc.message
    try:
        with writing():
            Setting.delete().where(Setting.key == f"{UNSAVED_KEY}{batch_id}").execute()
    except peewee.OperationalError:
        pass  # the file is written; a mark left behind only offers Save Again once more
    return ""


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: datetime
    file_name: str
    fakturs: int
    unsaved_path: str | None  # where its file should have gone, while it is not saved
    format: str = "csv"  # "xml": for Coretax


def _unsaved_marks() -> dict[int, str]:
    return {
        int(s.key.removeprefix(UNSAVED_KEY)): s.value
        for s in Setting.select().where(Setting.key.startswith(UNSAVED_KEY))
    }


def _infos(among: list[int] | None = None, limit: int | None = None) -> list[BatchInfo]:
    """The batches (``among`` these ids, if given), newest first."""
    marks = _unsaved_marks()
    query = ExportBatch.select(
        ExportBatch.id,
        ExportBatch.created_at,
        ExportBatch.file_name,
        ExportBatch.fakturs,
        ExportBatch.format,
    )
    if among is not None:
        query = query.where(ExportBatch.id.in_(among))
    return [
        BatchInfo(
            b.id, as_datetime(b.created_at), b.file_name, b.fakturs, marks.get(b.id), b.format
        )
        for b in query.order_by(ExportBatch.id.desc()).limit(limit)
    ]


def batches(limit: int = 50) -> list[BatchInfo]:
    """The latest export batches, newest first."""
    return _infos(limit=limit)


def unsaved_batches() -> list[BatchInfo]:
    """The batches whose file was never written, newest first."""
    marks = _unsaved_marks()
    return _infos(among=list(marks)) if marks else []


def save_again(batch_id: int, path: Path) -> str:
    """Write a kept batch's bytes to ``path`` again; the reason it could not, or ''."""
    batch = ExportBatch.get_or_none(ExportBatch.id == batch_id)
    if batch is None:
        raise Refused(tr("There is no export batch {batch}.").format(batch=batch_id))
    return save_file(batch_id, Path(path), bytes(batch.content))


def billings_of_period(first: date, last: date) -> list[int]:
    """Every billing dated in the period, in date order (export picks the valid ones)."""
    return [
        b.id
        for b in Billing.select(Billing.id)
        .where(Billing.invoice_date.between(first, last))
        .order_by(Billing.invoice_date, Billing.invoice_no)
    ]


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    days = calendar.monthrange(day.year, day.month)[1]  # December 9999 has no "next month"
    return day.replace(day=1), day.replace(day=days)


def month_bounds(text: str) -> tuple[date, date]:
    """``2026-11`` as its first and last day."""
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}", text.strip()):  # ASCII digits, as written
            raise ValueError(text)
        year, month = (int(part) for part in text.strip().split("-"))
        first = date(year, month, 1)
    except ValueError as exc:
        raise Refused(
            tr("Period “{text}” is not a month written YYYY-MM.").format(text=text)
        ) from exc
    problem = outside(year, text.strip())
    if problem:
        raise Refused(tr("Period {problem}").format(problem=problem))
    return month_of(first)


def suggested_month(today: date | None = None) -> date:
    """The latest month holding a billing that can be exported and never was (with its
    number, or as XML for Coretax), or that still waits for its number ("(Not Set)",
    generated on the tab); else the current month. The Export tab opens on it."""
    xml, xml_params = xml_way_sql(channel.current())
    row = db.execute_sql(
        "SELECT MAX(b.invoice_date) FROM billing b "
        "WHERE b.status IN ('unpaid', 'partially_paid', 'paid') AND b.tax_active "
        f"AND CASE WHEN {xml} "
        " THEN NOT EXISTS (SELECT 1 FROM coretax_export_item i WHERE i.billing_id = b.id) "
        " ELSE (b.efaktur_number_id IS NULL OR ("
        " NOT EXISTS (SELECT 1 FROM efaktur_file f WHERE f.number_id = b.efaktur_number_id) "
        " AND NOT EXISTS (SELECT 1 FROM export_item i "
        "                 WHERE i.billing_id = b.id AND i.number_id = b.efaktur_number_id)))"
        " END",
        xml_params,
    ).fetchone()
    day = as_date(row[0]) if row and row[0] else (today or clock.today())
    return day.replace(day=1)
