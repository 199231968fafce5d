"""Billings that tests set up through the real services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.billings import billing_actions, parties
from app.billings.billings import BillingData, LineData, create_billing
from app.book.models import Billing


def simple_billing(
    no: str, customer_id: int, day: date, tax: bool = True, status: str | None = None
) -> Billing:
    """A one-line Rp 1,000,000 billing, Draft unless ``status`` sets it (as if imported
    in that state)."""
    billing = create_billing(
        BillingData(
            invoice_no=no,
            customer_id=customer_id,
            invoice_date=day,
            due_date=day,
            tax_active=tax,
            lines=(LineData("Jasa", Decimal(1), Decimal(1_000_000)),),
        )
    )
    if status is not None:
        billing.status = status
        billing.save(only=[Billing.status])
    return billing


def issue_new(no: str, day: date) -> str:
    """A new customer's billing ``no`` dated ``day``, issued; returns its E-Faktur No."""
    customer = parties.add_customer(f"PT {no}", npwp="013000666091000")
    billing = simple_billing(no, customer.id, day)
    return billing_actions.issue_billing(billing.id).number


def desktop_only() -> None:
    """Every faktur through e-Faktur desktop, set as an existing book has it (v6), without
    a history entry: the tests that count entries count the user's own."""
    from app.book.models import Setting
    from app.numbers import channel

    Setting.create(key=channel.KEY, value=channel.DESKTOP)
