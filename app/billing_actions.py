"""The actions of the billing detail's Actions menu, each one transaction.

Every service reloads the billing inside ``atomic('IMMEDIATE')``, asks ``rules.may``
again, and raises ``Refused`` (changing nothing) when the answer is no.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee

from app import clock, history
from app.errors import Refused
from app.models import Billing, EfakturFile, EfakturNumber, NumberAssignment, Payment, db
from app.money import rupiah
from app.number_pool import number_source
from app.rules import Action, BillingFacts, Verdict, effective_status, may


def _uploaded_on(number_id: int | None) -> date | None:
    if number_id is None:
        return None
    first = (
        EfakturFile.select(peewee.fn.MIN(EfakturFile.uploaded_at))
        .where(EfakturFile.number == number_id)
        .scalar()
    )
    if first is None:
        return None
    return first.date() if hasattr(first, "date") else date.fromisoformat(str(first)[:10])


def facts_of(billing: Billing) -> BillingFacts:
    number = billing.efaktur_number
    return BillingFacts(
        invoice_no=billing.invoice_no,
        status=effective_status(billing.status, billing.due_date, clock.today()),
        tax_active=billing.tax_active,
        number=str(number) if number else None,
        uploaded_on=_uploaded_on(billing.efaktur_number_id),
    )


def _load(billing_id: int) -> Billing:
    billing = Billing.get_or_none(Billing.id == billing_id)
    if billing is None:
        raise Refused("That billing no longer exists.")
    return billing


def find_by_invoice_no(invoice_no: str) -> Billing:
    billing = Billing.get_or_none(Billing.invoice_no == invoice_no.strip())
    if billing is None:
        raise Refused(f"There is no billing with invoice number {invoice_no.strip()}.")
    return billing


def verdict(billing_id: int, action: Action) -> Verdict:
    return may(facts_of(_load(billing_id)), action)


def _require(billing: Billing, action: Action) -> None:
    answer = may(facts_of(billing), action)
    if not answer:
        raise Refused(f"{billing.invoice_no}: {answer.reason}")


def _assign(billing: Billing, number: EfakturNumber, how: str) -> None:
    billing.efaktur_number = number
    billing.save(only=[Billing.efaktur_number])
    number.state = "assigned"
    number.save(only=[EfakturNumber.state])
    NumberAssignment.create(number=number, billing=billing, assigned_at=clock.now())
    history.record(
        "billing",
        billing.id,
        "number_assigned",
        f"E-Faktur No {number} assigned to {billing.invoice_no} ({how})",
        billing_id=billing.id,
        number_id=number.id,
        before={"efaktur_no": None},
        after={"efaktur_no": str(number)},
    )


@dataclass(frozen=True)
class Assigned:
    invoice_no: str
    number: str


def _set_status(
    billing: Billing, status: str, stamp: peewee.Field, action: str, summary: str, reason: str = ""
) -> None:
    """Move the billing to ``status``, stamp when, and record it in the history."""
    before = billing.status
    billing.status = status
    setattr(billing, stamp.name, clock.now())
    billing.save(only=[Billing.status, stamp])
    history.record(
        "billing",
        billing.id,
        action,
        summary,
        billing_id=billing.id,
        number_id=billing.efaktur_number_id,
        reason=reason,
        before={"status": before},
        after={"status": status},
    )


def cancel_billing(billing_id: int, reason: str = "") -> Billing:
    with db.atomic("IMMEDIATE"):
        billing = _load(billing_id)
        _require(billing, Action.CANCEL)
        _set_status(
            billing,
            "cancelled",
            Billing.cancelled_at,
            "cancelled",
            f"{billing.invoice_no} cancelled",
            reason,
        )
        return billing


def issue_billing(billing_id: int) -> Assigned | None:
    """Draft/Proforma to Unpaid; a taxable billing takes its number now."""
    with db.atomic("IMMEDIATE"):
        billing = _load(billing_id)
        _require(billing, Action.ISSUE)
        _set_status(billing, "unpaid", Billing.issued_at, "issued", f"{billing.invoice_no} issued")
        if billing.tax_active and billing.efaktur_number_id is None:
            number = number_source().next_for(billing.invoice_date)
            _assign(billing, number, "on issue")
            return Assigned(billing.invoice_no, str(number))
        return None


def generate_efaktur_no(billing_ids: list[int]) -> list[Assigned]:
    """Give each billing the next number; all of them get one or none does."""
    done: list[Assigned] = []
    with db.atomic("IMMEDIATE"):
        for billing_id in billing_ids:
            billing = _load(billing_id)
            _require(billing, Action.GENERATE_EFAKTUR_NO)
            number = number_source().next_for(billing.invoice_date)
            _assign(billing, number, "generated")
            done.append(Assigned(billing.invoice_no, str(number)))
    return done


def cancel_efaktur_no(billing_id: int) -> str:
    """Give a cancelled billing's number back to the pool; returns the number."""
    with db.atomic("IMMEDIATE"):
        billing = _load(billing_id)
        _require(billing, Action.CANCEL_EFAKTUR_NO)
        number = billing.efaktur_number
        now = clock.now()
        billing.efaktur_number = None
        billing.released_number = number
        billing.save(only=[Billing.efaktur_number, Billing.released_number])
        number.state = "available"
        number.save(only=[EfakturNumber.state])
        (
            NumberAssignment.update(released_at=now)
            .where(
                (NumberAssignment.number == number)
                & (NumberAssignment.billing == billing)
                & NumberAssignment.released_at.is_null()
            )
            .execute()
        )
        history.record(
            "billing",
            billing.id,
            "number_released",
            f"E-Faktur No {number} given back by {billing.invoice_no}; available again",
            billing_id=billing.id,
            number_id=number.id,
            before={"efaktur_no": str(number)},
            after={"efaktur_no": None, "released_efaktur_no": str(number)},
        )
        return str(number)


def record_payment(billing_id: int, amount: int, paid_on: date, note: str = "") -> Billing:
    if amount <= 0:
        raise Refused(f"A payment must be more than {rupiah(0)}.")
    with db.atomic("IMMEDIATE"):
        billing = _load(billing_id)
        _require(billing, Action.RECORD_PAYMENT)
        outstanding = billing.total - billing.paid_amount
        if amount > outstanding:
            raise Refused(
                f"{billing.invoice_no}: {rupiah(amount)} is more than the {rupiah(outstanding)} "
                "still owed."
            )
        Payment.create(
            billing=billing, amount=amount, paid_on=paid_on, note=note, created_at=clock.now()
        )
        before = {"status": billing.status, "paid_amount": billing.paid_amount}
        billing.paid_amount += amount
        billing.status = "paid" if billing.paid_amount == billing.total else "partially_paid"
        billing.save(only=[Billing.paid_amount, Billing.status])
        history.record(
            "billing",
            billing.id,
            "payment_recorded",
            f"Payment of {rupiah(amount)} on {paid_on:%Y-%m-%d} recorded for {billing.invoice_no}",
            billing_id=billing.id,
            before=before,
            after={"status": billing.status, "paid_amount": billing.paid_amount},
        )
        return billing
