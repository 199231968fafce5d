"""Cancel and replace the Coretax way (issue 18; coretax.md §4), and what is left to do.

A Coretax number is never given back: cancelling or replacing a faktur is done in
Coretax's own screens (Edit → Cancel / Amend), not by XML. The book records what the
user declares doing there (``coretax_request``, one row per declaration) and the next
import of the Pajak Keluaran export closes it: CANCELED or WAITING_FOR_CANCELLATION for
a cancellation, the original AMENDED (a replacement number recorded) for a replacement.
A draft Coretax never approved is deleted there: the declaration itself closes it.

``to_do`` lists what the user still has to do in Coretax, including uploading fakturs
exported but not approved before the 20th of the next month (PER-11/PJ/2025 Pasal 44).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.billings.billing_actions import held_facts
from app.billings.rules import DRAFT, Action, BillingFacts, Declared, require_all
from app.billings.rules import wrong_buyer_cannot_be_replaced as _wrong_buyer
from app.book import history
from app.book.dialect import in_chunks, writing
from app.book.models import Billing, CoretaxFaktur, CoretaxRequest, db
from app.book.states import CoretaxStatus, Status
from app.common import clock
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, day_text, money_text, tr

NEAR_DAYS = 7  # an upload deadline this close is shown as near


class Reason(StrEnum):
    """Why a faktur is cancelled (the three PER-11/PJ/2025 names) or replaced."""

    TRANSACTION_CANCELLED = "transaction_cancelled"
    NOT_TO_BE_INVOICED = "not_to_be_invoiced"
    WRONG_BUYER_IDENTITY = "wrong_buyer_identity"
    PRICE = "price"
    QUANTITY = "quantity"
    DESCRIPTION = "description"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS = {
    Reason.TRANSACTION_CANCELLED: QT_TR_NOOP("The transaction was cancelled"),
    Reason.NOT_TO_BE_INVOICED: QT_TR_NOOP("It should not have been invoiced"),
    Reason.WRONG_BUYER_IDENTITY: QT_TR_NOOP("The buyer's identity is wrong"),
    Reason.PRICE: QT_TR_NOOP("The price changes"),
    Reason.QUANTITY: QT_TR_NOOP("The quantity changes"),
    Reason.DESCRIPTION: QT_TR_NOOP("The description changes"),
}
CANCEL_REASONS = (
    Reason.TRANSACTION_CANCELLED,
    Reason.NOT_TO_BE_INVOICED,
    Reason.WRONG_BUYER_IDENTITY,
)
REPLACE_REASONS = (Reason.PRICE, Reason.QUANTITY, Reason.DESCRIPTION, Reason.WRONG_BUYER_IDENTITY)


def _facts(billing_id: int) -> BillingFacts:
    return held_facts([billing_id])[0]


def _record(billing_id: int) -> CoretaxFaktur | None:
    return CoretaxFaktur.get_or_none(CoretaxFaktur.billing == billing_id)


def _declare(
    billing: Billing, kind: Declared, reason: str, note: str, summary: history.Said
) -> None:
    record = _record(billing.id)
    faktur_no = record.faktur_no if record else ""
    CoretaxRequest.create(
        billing=billing.id,
        kind=kind.value,
        reason=reason,
        note=note,
        faktur_no=faktur_no,
        requested_at=clock.now(),
    )
    history.record(
        "billing",
        billing.id,
        f"coretax_{kind.value}",
        summary,
        billing_id=billing.id,
        reason=note,
        after={"coretax_faktur_no": faktur_no or None},
    )


def is_draft(facts: BillingFacts) -> bool:
    """Coretax holds only a draft of it (never approved): delete it there."""
    return facts.coretax_status in DRAFT


def delete_draft_steps(invoice_no: str) -> str:
    return tr(
        "Coretax never approved the faktur of {invoice_no}, so it has no number to cancel: "
        "delete its draft in Coretax (e-Faktur › Pajak Keluaran, the faktur with Referensi "
        "{invoice_no}, Delete). The billing is cancelled, so it leaves the next XML."
    ).format(invoice_no=invoice_no)


def cancel_in_coretax(billing_id: int, reason: Reason) -> str:
    """Record that the cancelled billing's approved faktur is to be cancelled in Coretax,
    for ``reason``; returns what to do there."""
    if reason not in CANCEL_REASONS:
        raise Refused(tr("Choose one of the three reasons a faktur is cancelled for."))
    with writing():
        facts = _facts(billing_id)
        require_all([facts], Action.CANCEL_IN_CORETAX)
        if is_draft(facts):
            raise Refused(delete_draft_steps(facts.invoice_no))
        billing = Billing.get_by_id(billing_id)
        _declare(
            billing,
            Declared.CANCEL,
            reason.value,
            "",
            history.said(
                QT_TR_NOOP("{invoice_no}: to cancel in Coretax ({coretax_reason})"),
                invoice_no=billing.invoice_no,
                coretax_reason=REASON_LABELS[reason],
            ),
        )
        record = _record(billing_id)
        steps = tr(
            "In Coretax: e-Faktur › Pajak Keluaran, the pencil on faktur {faktur_no}, "
            "Cancel, then sign. If the buyer credited it, it waits for the buyer "
            "(Waiting for Cancellation). The next import from Coretax that shows it "
            "cancelled closes this."
        ).format(faktur_no=record.faktur_no if record else "")
        if reason is Reason.WRONG_BUYER_IDENTITY:
            steps += " " + tr("Then issue a new billing to the right buyer.")
        return steps


def record_draft_deleted(billing_id: int) -> str:
    """Record that the draft of a cancelled billing Coretax never approved was deleted
    there; returns the sentence said."""
    with writing():
        facts = _facts(billing_id)
        require_all([facts], Action.CANCEL_IN_CORETAX)
        if not is_draft(facts):
            raise Refused(tr("Coretax approved its faktur: record why it is cancelled instead."))
        billing = Billing.get_by_id(billing_id)
        summary = history.said(
            QT_TR_NOOP("{invoice_no}: its draft was deleted in Coretax"),
            invoice_no=billing.invoice_no,
        )
        _declare(billing, Declared.DRAFT_DELETED, "draft", "", summary)
        return tr(
            "Recorded: the draft of {invoice_no} was deleted in Coretax; nothing is left to "
            "do for it there."
        ).format(invoice_no=billing.invoice_no)


@dataclass(frozen=True)
class AmendGuide:
    """What to change in Coretax's Amend screen."""

    invoice_no: str
    faktur_no: str
    reason: Reason
    change: str  # what the user said changes
    coretax_dpp: int | None  # the figures Coretax holds for the original
    coretax_ppn: int | None

    @property
    def steps(self) -> str:
        figures = tr("Coretax now holds DPP {dpp} and PPN {ppn}.").format(
            dpp=_money(self.coretax_dpp), ppn=_money(self.coretax_ppn)
        )
        return tr(
            "In Coretax: e-Faktur › Pajak Keluaran, the pencil on faktur {faktur_no}, Amend. "
            "{figures} Change: {change}. Then Save Amend and sign. If the buyer credited "
            "it, the replacement waits for the buyer (Waiting for Amendment). The import "
            "that shows {faktur_no} amended links the replacement's number to {invoice_no}."
        ).format(
            faktur_no=self.faktur_no,
            figures=figures,
            change=self.change,
            invoice_no=self.invoice_no,
        )


def _money(amount: int | None) -> str:
    return "—" if amount is None else money_text(amount)


def replace_in_coretax(billing_id: int, reason: Reason, change: str) -> AmendGuide:
    """Record that the approved faktur is to be replaced in Coretax (its price,
    quantity or description changes: ``change`` says how); returns what to do there."""
    if reason is Reason.WRONG_BUYER_IDENTITY:
        raise Refused(_wrong_buyer())
    if reason not in REPLACE_REASONS:
        raise Refused(tr("Choose what changes: the price, the quantity or the description."))
    change = " ".join(change.split())
    if not change:
        raise Refused(
            tr(
                "Say what changes, as you will type it in Coretax (for example: line 1 "
                "price 1,500,000 → 1,400,000)."
            )
        )
    with writing():
        facts = _facts(billing_id)
        require_all([facts], Action.REPLACE_IN_CORETAX)
        billing = Billing.get_by_id(billing_id)
        _declare(
            billing,
            Declared.REPLACE,
            reason.value,
            change,
            history.said(
                QT_TR_NOOP("{invoice_no}: to replace in Coretax ({coretax_reason})"),
                invoice_no=billing.invoice_no,
                coretax_reason=REASON_LABELS[reason],
            ),
        )
        record = _record(billing_id)
        assert record is not None  # approved: Coretax reported it
        return AmendGuide(
            billing.invoice_no, record.faktur_no, reason, change, record.dpp, record.ppn
        )


# -- what is left to do ------------------------------------------------------------


class ToDoKind(StrEnum):
    CANCEL = "cancel"
    REPLACE = "replace"
    DELETE_DRAFT = "delete_draft"
    UPLOAD = "upload"


@dataclass(frozen=True)
class ToDo:
    kind: ToDoKind
    billing_id: int
    invoice_no: str
    faktur_no: str
    deadline: date | None = None  # an upload's last day
    reason: str = ""  # the declared reason (a Reason's value), if any

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "invoice_no": self.invoice_no,
            "faktur_no": self.faktur_no or None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "reason": self.reason or None,
        }

    @property
    def sentence(self) -> str:
        """What to do, in one sentence (the window's language)."""
        if self.kind is ToDoKind.CANCEL:
            if self.reason:
                return tr("Cancel faktur {faktur_no} in Coretax ({reason}).").format(
                    faktur_no=self.faktur_no, reason=tr(Reason(self.reason).label)
                )
            return tr(
                "The billing is cancelled but Coretax approved faktur {faktur_no}: record why "
                "(Cancel Faktur in Coretax) and cancel it there."
            ).format(faktur_no=self.faktur_no)
        if self.kind is ToDoKind.REPLACE:
            return tr("Replace faktur {faktur_no} in Coretax ({reason}).").format(
                faktur_no=self.faktur_no, reason=tr(Reason(self.reason).label)
            )
        if self.kind is ToDoKind.DELETE_DRAFT:
            return tr("Delete its draft in Coretax (the billing is cancelled).")
        assert self.deadline is not None
        return tr("Upload and sign it in Coretax by {day}.").format(day=day_text(self.deadline))

    def late(self, today: date) -> bool:
        return self.deadline is not None and self.deadline < today

    def near(self, today: date) -> bool:
        return self.deadline is not None and (self.deadline - today).days <= NEAR_DAYS


def upload_deadline(faktur_date: date) -> date:
    """The 20th of the month after the faktur's (PER-11/PJ/2025 Pasal 44(1))."""
    year, month = (
        (faktur_date.year + 1, 1)
        if faktur_date.month == 12
        else (
            faktur_date.year,
            faktur_date.month + 1,
        )
    )
    return date(year, month, 20)


# the billings that may have something left to do, so that a book's approved fakturs
# (most of them, in time) are never read: a declaration, or a cancelled or not approved
# billing that went to Coretax
_CANDIDATES = (
    "SELECT b.id FROM billing b LEFT JOIN coretax_faktur cf ON cf.billing_id = b.id "
    "WHERE b.tax_active AND b.efaktur_number_id IS NULL AND ("
    "EXISTS (SELECT 1 FROM coretax_request r WHERE r.billing_id = b.id) "
    "OR ((b.status = 'cancelled' OR cf.status IS NULL "
    "OR cf.status IN ('created', 'rejected', 'needs_review')) "
    "AND (cf.billing_id IS NOT NULL "
    "OR EXISTS (SELECT 1 FROM coretax_export_item x WHERE x.billing_id = b.id))))"
)
_UNAPPROVED = DRAFT


def _latest_reasons(ids: list[int]) -> dict[int, str]:
    latest: dict[int, str] = {}
    for chunk in in_chunks(ids):
        for billing_id, reason in (
            CoretaxRequest.select(CoretaxRequest.billing, CoretaxRequest.reason)
            .where(CoretaxRequest.billing.in_(chunk))
            .order_by(CoretaxRequest.id)
            .tuples()
        ):
            latest[billing_id] = reason
    return latest


def to_do(billing_ids: list[int] | None = None) -> list[ToDo]:
    """What the user still has to do in Coretax, in invoice order (upload deadlines
    first by day)."""
    ids = billing_ids
    if ids is None:
        ids = [row[0] for row in db.execute_sql(_CANDIDATES).fetchall()]
    if not ids:
        return []
    facts = held_facts(ids)
    wanted = set(ids)
    reasons = _latest_reasons(list(wanted))
    billings: dict[int, Billing] = {}
    records: dict[int, str] = {}
    for chunk in in_chunks(ids):
        billings |= {
            b.id: b
            for b in Billing.select(Billing.id, Billing.invoice_date).where(Billing.id.in_(chunk))
        }
        records |= dict(
            CoretaxFaktur.select(CoretaxFaktur.billing, CoretaxFaktur.faktur_no)
            .where(CoretaxFaktur.billing.in_(chunk))
            .tuples()
        )
    found: list[ToDo] = []
    for billing_id, f in zip(ids, facts, strict=True):
        if not f.in_coretax or not f.tax_active:
            continue
        number = records.get(billing_id, "")
        item = _to_do_of(f, billing_id, number, reasons.get(billing_id, ""), billings)
        if item is not None:
            found.append(item)
    return sorted(
        found, key=lambda t: (t.kind is ToDoKind.UPLOAD, t.deadline or date.min, t.invoice_no)
    )


def _to_do_of(
    f: BillingFacts, billing_id: int, number: str, reason: str, billings: dict[int, Billing]
) -> ToDo | None:
    pending = f.still_to_do
    if pending is Declared.REPLACE:
        return ToDo(ToDoKind.REPLACE, billing_id, f.invoice_no, f.declared_no, reason=reason)
    if f.status is Status.CANCELLED:
        if pending is Declared.CANCEL:
            return ToDo(ToDoKind.CANCEL, billing_id, f.invoice_no, number, reason=reason)
        if f.coretax_status in _UNAPPROVED:
            if f.declared is Declared.DRAFT_DELETED:
                return None
            return ToDo(ToDoKind.DELETE_DRAFT, billing_id, f.invoice_no, number)
        if f.coretax_status in (
            CoretaxStatus.APPROVED,
            CoretaxStatus.AMENDED,
            CoretaxStatus.WAITING_FOR_AMENDMENT,
        ):
            return ToDo(ToDoKind.CANCEL, billing_id, f.invoice_no, number)
        return None
    if f.coretax_status in _UNAPPROVED:
        day = billings[billing_id].invoice_date
        return ToDo(ToDoKind.UPLOAD, billing_id, f.invoice_no, number, upload_deadline(day))
    return None
