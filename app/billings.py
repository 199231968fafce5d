"""Creating billings with their lines (they start as Draft)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app import clock, history
from app.errors import Refused
from app.models import Billing, BillingLine, Customer, db
from app.vat import LineInput, billing_totals

TRANSACTION_CODES = ("01", "02", "03", "04", "05", "06", "07", "08", "09")


@dataclass(frozen=True)
class LineData:
    name: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = Decimal(0)
    item_code: str = ""
    luxury: bool = False


@dataclass(frozen=True)
class BillingData:
    invoice_no: str
    customer_id: int
    invoice_date: date
    due_date: date
    lines: tuple[LineData, ...]
    tax_active: bool = True
    transaction_code: str = "01"
    prices_include_tax: bool = False
    subject: str = ""
    notes: str = ""


def _check(data: BillingData) -> None:
    if not data.invoice_no.strip():
        raise Refused("Enter the invoice number.")
    if data.due_date < data.invoice_date:
        raise Refused(
            f"The due date {data.due_date:%Y-%m-%d} is before the invoice date "
            f"{data.invoice_date:%Y-%m-%d}."
        )
    if data.transaction_code not in TRANSACTION_CODES:
        raise Refused(f"Transaction code must be one of 01 to 09, not “{data.transaction_code}”.")
    if not data.lines:
        raise Refused("A billing needs at least one line.")
    for n, line in enumerate(data.lines, start=1):
        try:
            if not line.name.strip():
                raise Refused(f"Line {n}: enter the item name.")
            if line.quantity <= 0:
                raise Refused(f"Line {n}: the quantity must be more than 0.")
            if line.unit_price < 0:
                raise Refused(f"Line {n}: the unit price cannot be negative.")
            if not Decimal(0) <= line.discount_percent <= Decimal(100):
                raise Refused(f"Line {n}: the discount must be between 0 and 100%.")
        except InvalidOperation as exc:
            raise Refused(f"Line {n}: the amounts are not numbers.") from exc
    if Customer.get_or_none(Customer.id == data.customer_id) is None:
        raise Refused("Choose the customer.")


def create_billing(data: BillingData) -> Billing:
    _check(data)
    totals = billing_totals(
        [LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury) for x in data.lines],
        data.invoice_date,
        data.tax_active,
        data.prices_include_tax,
    )
    with db.atomic("IMMEDIATE"):
        invoice_no = data.invoice_no.strip()
        if Billing.select().where(Billing.invoice_no == invoice_no).exists():
            raise Refused(f"Invoice number {invoice_no} is already used by another billing.")
        billing = Billing.create(
            invoice_no=invoice_no,
            customer=data.customer_id,
            subject=data.subject,
            invoice_date=data.invoice_date,
            due_date=data.due_date,
            status="draft",
            tax_active=data.tax_active,
            transaction_code=data.transaction_code,
            prices_include_tax=data.prices_include_tax,
            notes=data.notes,
            dpp=totals.dpp,
            ppn=totals.ppn,
            total=totals.total,
            created_at=clock.now(),
        )
        BillingLine.insert_many(
            [
                {
                    "billing": billing.id,
                    "position": n,
                    "item_code": line.item_code,
                    "name": line.name.strip(),
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "discount_percent": line.discount_percent,
                    "luxury": line.luxury,
                }
                for n, line in enumerate(data.lines, start=1)
            ]
        ).execute()
        history.record(
            "billing",
            billing.id,
            "created",
            f"{invoice_no} created as Draft",
            billing_id=billing.id,
            after={"status": "draft", "total": totals.total, "tax_active": data.tax_active},
        )
        return billing
