"""What may be done to a billing (or a selection of them) or a customer, and why not:
the table in docs/domain.md, each sentence in one place. Ranges are answered in
``app.numbers.rules``, e-Faktur files in ``app.efaktur.file_rules``.

The window only asks these questions; the services ask them again inside their
transaction before they write, so a stale window can never bypass them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.book.states import CoretaxStatus, Status
from app.common.errors import refused_lines
from app.common.i18n import QT_TR_NOOP, count_of, tr
from app.common.verdicts import ALLOWED, Verdict
from app.numbers.channel import why_no_number

_BY_VALUE = {status.value: status for status in Status}

ISSUED = frozenset({Status.UNPAID, Status.PARTIALLY_PAID, Status.PAID, Status.OVERDUE})
OPEN = frozenset({Status.UNPAID, Status.PARTIALLY_PAID, Status.OVERDUE})
UNISSUED = frozenset({Status.DRAFT, Status.PROFORMA})


def shown_status(stored: str, past_due: object) -> Status:
    """Overdue is not stored: an Unpaid billing past its due date is Overdue."""
    status = _BY_VALUE[stored]
    return Status.OVERDUE if status is Status.UNPAID and past_due else status


def effective_status(stored: str, due_date: date, today: date) -> Status:
    return shown_status(stored, due_date < today)


# ``shown_status`` in SQL, for filtering a list by status (one parameter: today)
SHOWN_STATUS_SQL = (
    "CASE WHEN b.status = 'unpaid' AND b.due_date < ? THEN 'overdue' ELSE b.status END"
)


class Action(StrEnum):
    EDIT = "edit"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    ISSUE = "issue"
    RECORD_PAYMENT = "record_payment"
    CANCEL = "cancel"
    GENERATE_EFAKTUR_NO = "generate_efaktur_no"
    CANCEL_EFAKTUR_NO = "cancel_efaktur_no"
    CANCEL_IN_CORETAX = "cancel_in_coretax"
    REPLACE_IN_CORETAX = "replace_in_coretax"


class Declared(StrEnum):
    """What the user declared doing in Coretax (the book's ``coretax_request.kind``)."""

    CANCEL = "cancel"
    REPLACE = "replace"
    DRAFT_DELETED = "draft_deleted"


# Coretax holds only a draft of these: nothing numbered to cancel, a draft to delete
DRAFT = frozenset(
    {
        CoretaxStatus.EXPORTED,
        CoretaxStatus.CREATED,
        CoretaxStatus.REJECTED,
        CoretaxStatus.NEEDS_REVIEW,
    }
)
CANCELLING = frozenset({CoretaxStatus.WAITING_FOR_CANCELLATION, CoretaxStatus.CANCELED})


@dataclass(frozen=True)
class BillingFacts:
    """Everything the rules need to know about one billing."""

    invoice_no: str
    status: Status
    tax_active: bool
    number: str | None  # the live E-Faktur No, formatted
    uploaded_on: date | None  # when its e-Faktur file was attached, if ever
    kept_because: str = ""  # why it is part of the tax trail and must stay, if it is
    coretax_from: date | None = None  # set when it goes through Coretax: from that date
    coretax_status: CoretaxStatus | None = None  # as the lists show it (None: not Coretax)
    declared: Declared | None = None  # what the user last declared doing in Coretax
    declared_no: str = ""  # the faktur number that declaration was about
    amended_no: str = ""  # the original Coretax reported amended by a replacement

    @property
    def in_coretax(self) -> bool:
        """Its faktur goes through Coretax (it holds no NSFP and never will)."""
        return self.coretax_from is not None and not self.number

    @property
    def still_to_do(self) -> Declared | None:
        """A declaration Coretax has not yet shown done (a deleted draft is done when
        declared: nothing comes back for it)."""
        if self.declared is Declared.CANCEL and self.coretax_status not in CANCELLING:
            return self.declared
        if self.declared is Declared.REPLACE and self.amended_no != self.declared_no:
            return self.declared
        return None


def never_given_back() -> str:
    """Why Cancel E-Faktur No has nothing to do on a billing that goes through Coretax."""
    return tr(
        "This billing goes through Coretax: a Coretax faktur number is never given back and "
        "nothing returns to any pool. Cancel the faktur in Coretax instead (Cancel Faktur "
        "in Coretax)."
    )


def wrong_buyer_cannot_be_replaced() -> str:
    return tr(
        "A faktur with the wrong buyer identity cannot be replaced (PER-11/PJ/2025): cancel "
        "the billing, cancel its faktur in Coretax and issue a new billing to the right "
        "buyer."
    )


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
                    "It still holds E-Faktur No {number}; cancel it "
                    "(Cancel E-Faktur No) before deleting."
                ).format(number=facts.number),
            )
        if facts.coretax_status not in (None, CoretaxStatus.NOT_EXPORTED):
            return Verdict(
                False,
                tr("It went to Coretax ({status}), so it stays on record as Cancelled.").format(
                    status=tr(facts.coretax_status.label)
                ),
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
        if facts.coretax_from is not None:
            return Verdict(False, why_no_number(facts.coretax_from))
        if status is Status.CANCELLED:
            return Verdict(False, tr("A cancelled billing cannot take an E-Faktur No."))
        if status in UNISSUED:
            return Verdict(
                False,
                tr("{facts} It gets its E-Faktur No when it is issued.").format(facts=_is(facts)),
            )
        return ALLOWED
    if action is Action.CANCEL_EFAKTUR_NO:
        if facts.in_coretax and facts.tax_active:
            return Verdict(False, never_given_back())
        if status is not Status.CANCELLED:
            return Verdict(
                False,
                tr(
                    "Cancel the billing first: only a cancelled billing can "
                    "cancel its E-Faktur No. {facts}"
                ).format(facts=_is(facts)),
            )
        if not facts.tax_active:
            return Verdict(False, tr("Invoice Tax is off for this billing, so it has no number."))
        if not facts.number:
            return Verdict(False, tr("This billing holds no E-Faktur No to cancel."))
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
    if action is Action.CANCEL_IN_CORETAX:
        return _may_cancel_in_coretax(facts)
    if action is Action.REPLACE_IN_CORETAX:
        return _may_replace_in_coretax(facts)
    raise ValueError(f"unknown action {action!r}")


def _not_in_coretax(facts: BillingFacts) -> Verdict | None:
    if not facts.tax_active:
        return Verdict(False, tr("Invoice Tax is off for this billing, so it has no faktur."))
    if not facts.in_coretax:
        return Verdict(
            False,
            tr("This billing goes through e-Faktur desktop, not Coretax."),
        )
    return None


def _coretax_says(facts: BillingFacts) -> str:
    status = facts.coretax_status or CoretaxStatus.NOT_EXPORTED
    return tr("Coretax shows it as {status}.").format(status=tr(status.label))


def _may_cancel_in_coretax(facts: BillingFacts) -> Verdict:
    if refused := _not_in_coretax(facts):
        return refused
    if facts.status is not Status.CANCELLED:
        return Verdict(
            False,
            tr(
                "Cancel the billing first: only a cancelled billing's faktur is cancelled "
                "in Coretax. {facts}"
            ).format(facts=_is(facts)),
        )
    if facts.coretax_status in (None, CoretaxStatus.NOT_EXPORTED):
        return Verdict(False, tr("It never went to Coretax, so nothing is to be cancelled there."))
    if facts.coretax_status in CANCELLING:
        return Verdict(
            False,
            tr("Its faktur is cancelled in Coretax. {said}").format(said=_coretax_says(facts)),
        )
    if facts.still_to_do is Declared.CANCEL:
        return Verdict(
            False,
            tr(
                "Its cancellation is recorded; the next Coretax import that shows it "
                "cancelled closes it."
            ),
        )
    if facts.coretax_status in DRAFT and facts.declared is Declared.DRAFT_DELETED:
        return Verdict(False, tr("You recorded that its draft was deleted in Coretax."))
    return ALLOWED


def _may_replace_in_coretax(facts: BillingFacts) -> Verdict:
    if refused := _not_in_coretax(facts):
        return refused
    if facts.status is Status.CANCELLED:
        return Verdict(
            False,
            tr(
                "A cancelled billing's faktur is cancelled, not replaced (Cancel Faktur in "
                "Coretax)."
            ),
        )
    if facts.still_to_do is Declared.REPLACE:
        return Verdict(
            False,
            tr(
                "Its replacement is recorded; the next Coretax import that shows the "
                "original amended closes it."
            ),
        )
    if facts.coretax_status is not CoretaxStatus.APPROVED:
        return Verdict(
            False,
            tr("Only a faktur Coretax approved can be replaced. {said}").format(
                said=_coretax_says(facts)
            ),
        )
    return ALLOWED


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


def awaits_number(
    status: Status, tax_active: bool, number: str | None, through_coretax: bool = False
) -> bool:
    """Issued, taxable, not cancelled and still without an E-Faktur No (none was left when
    it was issued): shown "(Not Set)", and Generate E-Faktur No gives it one. A billing
    that goes through Coretax never waits for one."""
    return tax_active and not number and status in ISSUED and not through_coretax


def all_verdicts(facts: BillingFacts) -> dict[Action, Verdict]:
    return {action: may(facts, action) for action in Action}
