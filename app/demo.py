"""The demo book: the guide's example, and one billing for every branch of the rules.

Built through the same services a user's actions go through, with the clock set to
each event's day so the history reads like a real year. The demo lives in the current
year (its numbers are ``000-YY.123456xx``), because a past year's unused numbers have
expired and could not be issued. Early in a year, days that would lie in the future
are moved to the day the demo is made. Open billings are due 30 days after that day,
so they show as Unpaid rather than Overdue.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from app import billing_actions, clock, efaktur_files, parties, ranges
from app.billings import BillingData, LineData, create_billing
from app.models import Billing, Company

GUIDE_INVOICE = "INV-FPY-032300400"
GUIDE_SERIAL = 12345619


def guide_number(year: int) -> str:
    """The guide's E-Faktur No in a demo made in ``year``."""
    return f"000-{year % 100:02d}.{GUIDE_SERIAL:08d}"


SELLER_NPWP = "022732101075000"


def faktur_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF carrying ``lines`` as text (stand-in for DJP's)."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(f"({esc(x)}) '" for x in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 0))


def build_demo(files_folder: Path, today: date | None = None) -> None:
    """Fill an empty, open book with the demo data."""
    if Company.select().exists() or Billing.select().exists():
        raise ValueError("the demo goes into an empty book only")
    pinned = clock.fixed()
    try:
        _build(files_folder, today or clock.today())
    finally:
        clock.fix(pinned)


def _build(files_folder: Path, today: date) -> None:
    year = today.year
    open_due = today + timedelta(days=30)

    def on(month: int, day: int) -> date:
        return min(date(year, month, day), today)

    clock.fix(_at(on(1, 3), 8))
    parties.set_company(
        "PT Faspay Demo Niaga",
        SELLER_NPWP,
        "Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190",
        "+62 21 5150 1234",
    )
    sinar = parties.add_customer(
        "PT Sinar Jaya Abadi",
        npwp="026015362054000",
        email="finance@sinarjaya.example",
        npwp_address="Jl. Gatot Subroto No. 10, Bandung",
    )
    maju = parties.add_customer(
        "CV Maju Bersama",
        npwp="018550814412000",
        email="ap@majubersama.example",
        npwp_address="Jl. Pemuda No. 77, Semarang",
    )
    budi = parties.add_customer(
        "Budi Santoso",
        nik="3171011708450001",
        email="budi@example.com",
        npwp_address="Jl. Kemang Raya No. 5, Jakarta",
    )
    yayasan = parties.add_customer(
        "Yayasan Pendidikan Cerdas", email="admin@cerdas.example", taxable=False
    )
    ranges.add_range(
        ranges.read_range(
            f"000-{year % 100:02d}.12345600",
            f"000-{year % 100:02d}.12345699",
            year,
            on(1, 3),
            f"e-Nofa S-0012/{year}",
        )
    )

    def bill(
        no: str,
        customer,
        day: date,
        due: date,
        amount: int,
        tax: bool = True,
        item: str = "Faspay Billing subscription",
    ) -> Billing:
        clock.fix(_at(day))
        return create_billing(
            BillingData(
                invoice_no=no,
                customer_id=customer.id,
                invoice_date=day,
                due_date=due,
                tax_active=tax,
                subject=item,
                lines=(LineData(item, Decimal(1), Decimal(amount), item_code="SVC-01"),),
            )
        )

    def issue(billing: Billing, day: date) -> None:
        clock.fix(_at(day, 10))
        billing_actions.issue_billing(billing.id)

    def pay(billing: Billing, day: date, amount: int | None = None) -> None:
        clock.fix(_at(day, 14))
        billing = Billing.get_by_id(billing.id)
        billing_actions.record_payment(billing.id, amount or billing.total, day)

    def upload(billing: Billing, day: date) -> None:
        clock.fix(_at(day, 16))
        billing = Billing.get_by_id(billing.id)
        number = billing.efaktur_number.value
        buyer = billing.customer.npwp or "000000000000000"
        faktur = f"01{0}{number.digits}"
        name = f"{SELLER_NPWP}-{faktur}-{buyer}-{day:%Y%m%d}160012.pdf"
        content = faktur_pdf(
            [
                "FAKTUR PAJAK",
                f"Kode dan Nomor Seri Faktur Pajak: {number.faktur_form('01')}",
                f"Pembeli: {billing.customer.name}",
                f"Referensi: {billing.invoice_no}",
            ]
        )
        efaktur_files.attach(billing.id, name, content, files_folder, "01", 0)

    # Last year: a small grant, three fakturs in December, and 72 numbers left over that
    # have expired since (the Year End list).
    last = year - 1
    clock.fix(_at(date(last, 11, 20), 8))
    ranges.add_range(
        ranges.read_range(
            f"000-{last % 100:02d}.98765400",
            f"000-{last % 100:02d}.98765474",
            last,
            date(last, 11, 20),
            f"e-Nofa S-0987/{last}",
        )
    )
    for n, (customer, day) in enumerate([(sinar, 2), (maju, 9), (budi, 16)]):
        old = bill(
            f"INV-FPY-12{last % 100:02d}{301 + n:05d}",
            customer,
            date(last, 12, day),
            date(last, 12, day) + timedelta(days=30),
            1_250_000,
        )
        issue(old, date(last, 12, day))
        pay(old, date(last, 12, day) + timedelta(days=10))

    customers = [sinar, maju, budi]
    # Numbers 600..618 served January-March; 605 was given back once and re-used.
    serial = 380
    for n in range(19):
        day = min(on(1, 5) + timedelta(days=4 * n), today)
        if n == 5:
            cancelled = bill(
                "INV-FPY-032200399",
                maju,
                day - timedelta(days=1),
                day + timedelta(days=29),
                2_750_000,
            )
            issue(cancelled, day - timedelta(days=1))
            clock.fix(_at(day, 8))
            billing_actions.cancel_billing(cancelled.id, "Customer ordered by mistake")
            billing_actions.cancel_efaktur_no(cancelled.id)
        b = bill(
            f"INV-FPY-0322{serial:05d}",
            customers[n % 3],
            day,
            day + timedelta(days=30),
            1_500_000 + 250_000 * (n % 4),
        )
        serial += 1
        issue(b, day)
        pay(b, min(day + timedelta(days=12), today))
        if n < 6:
            upload(b, on(2, 10))

    guide = bill(
        GUIDE_INVOICE,
        sinar,
        on(3, 23),
        open_due,
        5_550_000,
        item="Faspay Billing annual licence",
    )
    issue(guide, on(3, 23))

    uploaded_open = bill("INV-FPY-032300401", maju, on(3, 24), open_due, 3_300_000)
    issue(uploaded_open, on(3, 24))
    upload(uploaded_open, on(4, 8))

    paid = bill("INV-FPY-032300402", budi, on(3, 25), on(4, 24), 1_100_000)
    issue(paid, on(3, 25))
    pay(paid, on(4, 1))

    partial = bill("INV-FPY-032300403", sinar, on(3, 28), open_due, 8_800_000)
    issue(partial, on(3, 28))
    pay(partial, on(4, 12), 4_000_000)

    overdue = bill("INV-FPY-032300404", maju, on(3, 29), on(4, 28), 2_200_000)
    issue(overdue, on(3, 29))

    no_tax = bill(
        "INV-FPY-032300405",
        yayasan,
        on(3, 30),
        open_due,
        4_000_000,
        tax=False,
        item="Training workshop (not taxable)",
    )
    issue(no_tax, on(3, 30))

    bill(
        "INV-FPY-032300406",
        sinar,
        on(4, 5),
        open_due,
        6_600_000,
        item="Faspay Billing add-on modules",
    )
