"""A Coretax book with one billing per kind of faktur, and the XSD check of every XML."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import xmlschema

from app.billings import billing_actions, parties
from app.billings.billings import BillingData, LineData, create_billing
from app.book.models import Billing

XSD = Path(__file__).resolve().parents[2] / "resources" / "coretax" / "TaxInvoice.xsd"


@cache
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(XSD)


def assert_valid(content: bytes) -> None:
    """The file as our XSD (coretax.md §1.2) describes it; names the first error."""
    schema().validate(content.decode("utf-8"))


def seller() -> None:
    parties.set_company(
        "PT Faspay Demo Niaga", "01.234.567.4-411.000", "Jl. Sudirman 52, Jakarta", tku="000000"
    )


def _issued(no: str, customer_id: int, *lines: LineData, **fields) -> Billing:
    day = fields.pop("day", date(2026, 11, 2))
    billing = create_billing(BillingData(no, customer_id, day, day, lines=lines, **fields))
    billing_actions.issue_billing(billing.id)
    return Billing.get_by_id(billing.id)


def goods_and_services(no: str, customer_id: int, day: date = date(2026, 11, 3)) -> int:
    """A billing of one goods line and one services line, issued; its id."""
    lines = (
        LineData("Printer laser", Decimal(2), Decimal(1_500_000), kind="A", unit="UM.0018"),
        LineData("Jasa instalasi", Decimal(1), Decimal(500_000), kind="B"),
    )
    return _issued(no, customer_id, *lines, day=day).id


def six_fakturs() -> dict[str, Billing]:
    """The golden files' billings, issued: NPWP, NIK and passport buyers, a tax-included
    price, a discount, and code 07 with its facility."""
    seller()
    npwp = parties.add_customer(
        "PT Kreasi Nusantara",
        npwp="01.300.066.6-091.000",
        npwp_address="Jl. Asia Afrika No. 8\nBandung",
        email="finance@kreasi.example",
    )
    nik = parties.add_customer(
        "Sari Dewi", nik="3171011708450001", npwp_address="Jl. Kemang Raya No. 12, Jakarta"
    )
    passport = parties.add_customer(
        "John Smith",
        id_type="Passport",
        id_number="X1234567",
        country="GBR",
        npwp_address="12 Baker Street, London",
    )
    branch = parties.add_customer(
        "PT Angkasa Avtur", npwp="0026015362054000", tku="000002", npwp_address="Bandara"
    )
    one = Decimal(1)
    return {
        "npwp": _issued(
            "INV-CT-001",
            npwp.id,
            LineData("Jasa konsultasi pajak November", one, Decimal(15_000_000)),
        ),
        "nik": _issued(
            "INV-CT-002",
            nik.id,
            LineData("Langganan aplikasi", one, Decimal(2_000_000), kind="B", unit="UM.0024"),
        ),
        "passport": _issued(
            "INV-CT-003",
            passport.id,
            LineData("Sewa mobil dengan sopir", Decimal(3), Decimal(500_000), unit="UM.0026"),
        ),
        "tax_included": _issued(
            "INV-CT-004",
            npwp.id,
            LineData("Lisensi perangkat lunak", Decimal(3), Decimal(1_000_000), kind="A"),
            prices_include_tax=True,
        ),
        "discount": _issued(
            "INV-CT-005",
            npwp.id,
            LineData(
                "Pelatihan e-Faktur (per peserta)",
                Decimal(12),
                Decimal(750_000),
                discount_percent=Decimal(10),
                unit="UM.0030",
            ),
            LineData("Modul cetak", Decimal(12), Decimal("35000.50"), kind="A", unit="UM.0021"),
        ),
        "code_07": _issued(
            "INV-CT-007",
            branch.id,
            LineData(
                "Avtur",
                Decimal(5000),
                Decimal("12345.67"),
                kind="A",
                goods_code="271000",
                unit="UM.0007",
            ),
            transaction_code="07",
            add_info="TD.00504",
            facility_stamp="TD.01104",
        ),
    }
