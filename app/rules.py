"""What may be done to a billing (or a selection of them), a range, a customer or an
e-Faktur file, and why not: the table in domain.md, each sentence in one place.

The window only asks these questions; the services ask them again inside their
transaction before they write, so a stale window can never bypass them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.efaktur_no import format_number
from app.errors import Refused, refused_lines
from app.i18n import QT_TR_NOOP, count_of, tr


class Status(StrEnum):
    DRAFT = "draft"
    PROFORMA = "proforma"
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.DRAFT: "Draft",
    Status.PROFORMA: "Proforma",
    Status.UNPAID: "Unpaid",
    Status.PARTIALLY_PAID: "Partially Paid",
    Status.PAID: "Paid",
    Status.OVERDUE: "Overdue",
    Status.CANCELLED: "Cancelled",
}

_BY_VALUE = {status.value: status for status in Status}

ISSUED = frozenset({Status.UNPAID, Status.PARTIALLY_PAID, Status.PAID, Status.OVERDUE})
OPEN = frozenset({Status.UNPAID, Status.PARTIALLY_PAID, Status.OVERDUE})
UNISSUED = frozenset({Status.DRAFT, Status.PROFORMA})


def effective_status(stored: str, due_date: date, today: date) -> Status:
    """Overdue is not stored: an Unpaid billing past its due date is Overdue."""
    status = _BY_VALUE[stored]
    if status is Status.UNPAID and due_date < today:
        return Status.OVERDUE
    return status


class Action(StrEnum):
    EDIT = "edit"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    ISSUE = "issue"
    RECORD_PAYMENT = "record_payment"
    CANCEL = "cancel"
    GENERATE_EFAKTUR_NO = "generate_efaktur_no"
    CANCEL_EFAKTUR_NO = "cancel_efaktur_no"


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


@dataclass(frozen=True)
class BillingFacts:
    """Everything the rules need to know about one billing."""

    invoice_no: str
    status: Status
    tax_active: bool
    number: str | None  # the live E-Faktur No, formatted
    uploaded_on: date | None  # when its e-Faktur file was attached, if ever
    kept_because: str = ""  # why it is part of the tax trail and must stay, if it is


def _is(facts: BillingFacts) -> str:
    return tr("This billing is {label}.").format(label=tr(facts.status.label))


def may(facts: BillingFacts, action: Action) -> Verdict:
    status = facts.status
    if action is Action.EDIT:
        if status in UNISSUED:
            return ALLOWED
        return Verdict(
            False, tr("Only a Draft or Proforma can be edited. {facts}").format(facts=_is(facts))
        )
    if action is Action.DUPLICATE:
        return ALLOWED
    if action is Action.DELETE:
        if status not in UNISSUED | {Status.CANCELLED}:
            return Verdict(
                False,
                tr("Only a Draft, Proforma or Cancelled billing can be deleted. {facts}").format(
                    facts=_is(facts)
                ),
            )
        if facts.number:
            return Verdict(
                False,
                tr(
                    "It still holds E-Faktur No {number}; give the number back "
                    "(Cancel E-Faktur No) before deleting."
                ).format(number=facts.number),
            )
        if facts.kept_because:
            # stricter than the guide's table: a billing that served a number (and so
            # maybe went to e-Faktur) or took money is evidence, so it stays (Cancelled) instead
            return Verdict(
                False,
                tr("{kept_because} It stays on record as Cancelled.").format(
                    kept_because=facts.kept_because
                ),
            )
        return ALLOWED
    if action is Action.ISSUE:
        if status in UNISSUED:
            return ALLOWED
        return Verdict(
            False, tr("Only a Draft or Proforma can be issued. {facts}").format(facts=_is(facts))
        )
    if action is Action.RECORD_PAYMENT:
        if status in OPEN:
            return ALLOWED
        return Verdict(
            False,
            tr(
                "Payments are recorded on Unpaid, Partially Paid or Overdue billings. {facts}"
            ).format(facts=_is(facts)),
        )
    if action is Action.CANCEL:
        if status in OPEN:
            return ALLOWED
        if status is Status.CANCELLED:
            return Verdict(False, tr("This billing is already cancelled."))
        if status is Status.PAID:
            return Verdict(False, tr("A fully paid billing cannot be cancelled."))
        return Verdict(
            False,
            tr(
                "Only an issued billing that is not fully paid can be cancelled. "
                "{facts} Delete it instead if it is not wanted."
            ).format(facts=_is(facts)),
        )
    if action is Action.GENERATE_EFAKTUR_NO:
        if not facts.tax_active:
            return Verdict(False, tr("Invoice Tax is off for this billing, so it takes no number."))
        if facts.number:
            return Verdict(
                False,
                tr("This billing already has E-Faktur No {number}.").format(number=facts.number),
            )
        if status is Status.CANCELLED:
            return Verdict(False, tr("A cancelled billing cannot take an E-Faktur No."))
        if status in UNISSUED:
            return Verdict(
                False,
                tr("{facts} It gets its E-Faktur No when it is issued.").format(facts=_is(facts)),
            )
        return ALLOWED
    if action is Action.CANCEL_EFAKTUR_NO:
        if status is not Status.CANCELLED:
            return Verdict(
                False,
                tr(
                    "Cancel the billing first: only a cancelled billing gives its "
                    "number back. {facts}"
                ).format(facts=_is(facts)),
            )
        if not facts.tax_active:
            return Verdict(False, tr("Invoice Tax is off for this billing, so it has no number."))
        if not facts.number:
            return Verdict(False, tr("This billing holds no E-Faktur No to give back."))
        if facts.uploaded_on is not None:
            return Verdict(
                False,
                tr(
                    "e-Faktur file uploaded on {uploaded_on:%Y-%m-%d}: DJP "
                    "approved {number}, so it is spent. Correct it with a "
                    "replacement faktur."
                ).format(uploaded_on=facts.uploaded_on, number=facts.number),
            )
        return ALLOWED
    raise ValueError(f"unknown action {action!r}")


def refusals(facts: list[BillingFacts], action: Action) -> list[str]:
    """Each billing that may not take ``action``, with why: "INV-1: reason"."""
    return [f"{f.invoice_no}: {v.reason}" for f in facts if not (v := may(f, action))]


def may_all(facts: list[BillingFacts], action: Action) -> Verdict:
    """A bulk action is allowed when every billing may take it; else the first that may
    not, and how many more (the window's tooltip)."""
    if not facts:
        return Verdict(False, tr("Select one or more billings first."))
    refused = refusals(facts, action)
    if not refused:
        return ALLOWED
    more = tr(" (and {value:,} more)").format(value=len(refused) - 1) if len(refused) > 1 else ""
    return Verdict(False, refused[0] + more)


def require_all(facts: list[BillingFacts], action: Action) -> None:
    """What a bulk service does: go on when every billing may, else refuse naming each
    that may not (nothing changed)."""
    refused = refusals(facts, action)
    if refused:
        raise refused_lines(refused)


# -- ranges, customers, files: the same question for the other things in the book ----


@dataclass(frozen=True)
class RangeFacts:
    description: str  # "000-26.00000001 .. 000-26.00000100"
    year: int
    highest_used: int | None  # the counter of its highest number that ever served a billing


def _highest(facts: RangeFacts) -> str:
    assert facts.highest_used is not None
    return format_number(facts.year, facts.highest_used)


def may_edit_range(
    facts: RangeFacts, moves_start: bool = False, new_end: int | None = None
) -> Verdict:
    """A range may always change its end (not below its highest used number), grant
    letter date and note; its start and year only while none of it was used."""
    if facts.highest_used is None:
        return ALLOWED
    if moves_start:
        return Verdict(
            False,
            tr(
                "The start of {rng} cannot change: {year} and others below it "
                "were already used. Only the end, grant letter date and note "
                "can change."
            ).format(rng=facts.description, year=_highest(facts)),
        )
    if new_end is not None and new_end < facts.highest_used:
        return Verdict(
            False,
            tr(
                "The end cannot be before {year}, the highest number of this "
                "range ever assigned to a billing."
            ).format(year=_highest(facts)),
        )
    return ALLOWED


def may_delete_range(facts: RangeFacts) -> Verdict:
    if facts.highest_used is None:
        return ALLOWED
    return Verdict(
        False,
        tr(
            "{number} of this range was used, so the range stays; shrink its end "
            "instead to drop the unused numbers."
        ).format(number=_highest(facts)),
    )


@dataclass(frozen=True)
class CustomerFacts:
    name: str
    billings: int


def may_delete_customer(facts: CustomerFacts) -> Verdict:
    if not facts.billings:
        return ALLOWED
    return Verdict(
        False,
        tr("{name} has {billings}, so the customer stays.").format(
            name=facts.name,
            billings=count_of(
                facts.billings, QT_TR_NOOP("1 billing"), QT_TR_NOOP("{n:,} billings")
            ),
        ),
    )


@dataclass(frozen=True)
class FileFacts:
    file_name: str
    withdrawn: bool


def may_withdraw_file(facts: FileFacts) -> Verdict:
    """A withdrawn file is off the list already; its number stays uploaded either way."""
    if facts.withdrawn:
        return Verdict(
            False, tr("{file_name} was already withdrawn.").format(file_name=facts.file_name)
        )
    return ALLOWED


def awaits_number(status: Status, tax_active: bool, number: str | None) -> bool:
    """Issued, taxable, not cancelled and still without an E-Faktur No (none was left when
    it was issued): shown "(Not Set)", and Generate E-Faktur No gives it one."""
    return tax_active and not number and status in ISSUED


def all_verdicts(facts: BillingFacts) -> dict[Action, Verdict]:
    return {action: may(facts, action) for action in Action}
