"""The demo book: the guide's example, and one billing for every branch of the rules.

Built through the same services a user's actions go through, step by step in the order
they happen, with the clock set to each step's moment, so the history reads like a real
book. The story's billings lie in the months before the day the demo is made, each due
30 days after its date, so the guide's billing is Unpaid and one issued earlier is
Overdue. They stay in the current year (their numbers are ``000-YY.123456xx``),
because a past year's unused numbers have expired and could not be issued: early in a
year the story is squeezed into the days since 2 January.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from app.billings import billing_actions, parties
from app.billings.billings import BillingData, LineData, create_billing
from app.book.models import Billing, Company, Customer
from app.common import clock
from app.efaktur import efaktur_files
from app.numbers import channel, ranges

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


STORY_DAYS = 120  # the current year's story starts this many days before today
TERM = timedelta(days=30)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 0))


def build_demo(files_folder: Path, today: date | None = None) -> None:
    """Fill an empty, open book with the demo data."""
    if Company.select().exists() or Billing.select().exists():
        raise ValueError("the demo goes into an empty book only")
    pinned = clock.fixed()
    try:
        story = _Story(files_folder, today or clock.today())
        _build(story)
        story.tell()
    finally:
        clock.fix(pinned)


class _Story:
    """The demo's steps, each at its moment, run in the order of their moments."""

    def __init__(self, files_folder: Path, today: date) -> None:
        self.files_folder = files_folder
        self.today = today
        self.steps: list[tuple[datetime, Callable[[], object]]] = []
        end = _at(today, 0)
        start = end - timedelta(days=STORY_DAYS)
        first = min(max(start, _at(date(today.year, 1, 2), 0)), end)
        self._start, self._first, self._squeeze = start, first, (end - first) / (end - start)

    def ago(self, days: int, hour: int) -> datetime:
        """``days`` before today at ``hour``, squeezed into this year when the story
        would begin before 2 January (the order of the steps stays)."""
        moment = _at(self.today - timedelta(days=days), hour)
        return self._first + (moment - self._start) * self._squeeze

    def at(self, moment: datetime, step: Callable[[], object]) -> None:
        self.steps.append((moment, step))

    def tell(self) -> None:
        for moment, step in sorted(self.steps, key=lambda s: s[0]):  # stable: ties keep order
            clock.fix(moment.replace(second=0, microsecond=0))
            step()

    # -- the steps ---------------------------------------------------------------

    def bill(
        self,
        no: str,
        customer: str,
        made: datetime,
        amount: int,
        tax: bool = True,
        item: str = "Faspay Billing subscription",
    ) -> None:
        def make() -> None:
            day = made.date()
            create_billing(
                BillingData(
                    invoice_no=no,
                    customer_id=Customer.get(Customer.name == customer).id,
                    invoice_date=day,
                    due_date=day + TERM,
                    tax_active=tax,
                    subject=item,
                    lines=(LineData(item, Decimal(1), Decimal(amount), item_code="SVC-01"),),
                )
            )

        self.at(made, make)

    def issue(self, no: str, moment: datetime) -> None:
        self.at(moment, lambda: billing_actions.issue_billing(_billing(no).id))

    def pay(self, no: str, moment: datetime, amount: int | None = None) -> None:
        def record() -> None:
            billing = _billing(no)
            billing_actions.record_payment(billing.id, amount or billing.total, moment.date())

        self.at(moment, record)

    def upload(self, no: str, moment: datetime) -> None:
        def attach() -> None:
            billing = _billing(no)
            number = billing.efaktur_number.value
            buyer = billing.customer.npwp or "000000000000000"
            faktur = f"01{0}{number.digits}"
            name = f"{SELLER_NPWP}-{faktur}-{buyer}-{moment:%Y%m%d}160012.pdf"
            content = faktur_pdf(
                [
                    "FAKTUR PAJAK",
                    f"Kode dan Nomor Seri Faktur Pajak: {number.faktur_form('01')}",
                    f"Pembeli: {billing.customer.name}",
                    f"Referensi: {billing.invoice_no}",
                ]
            )
            efaktur_files.attach(billing.id, name, content, self.files_folder, "01", 0)

        self.at(moment, attach)

    def cancel_with_its_efaktur_no(self, no: str, moment: datetime, reason: str) -> None:
        def cancel() -> None:
            billing = _billing(no)
            billing_actions.cancel_billing(billing.id, reason)
            billing_actions.cancel_efaktur_no(billing.id)

        self.at(moment, cancel)


def _billing(no: str) -> Billing:
    return Billing.get(Billing.invoice_no == no)


def _build(story: _Story) -> None:
    year = story.today.year
    last = year - 1
    # The book begins late last year: the company, its customers, a small grant and
    # three fakturs in December; 72 of last year's numbers are left over and have
    # expired since (the Year End list).
    opened = _at(date(last, 11, 20), 8)

    def begin() -> None:
        channel.choose(None)  # the guide's book: every faktur through e-Faktur desktop
        parties.set_company(
            "PT Faspay Demo Niaga",
            SELLER_NPWP,
            "Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190",
            "+62 21 5150 1234",
        )
        for name, values in CUSTOMERS.items():
            parties.add_customer(name, **values)
        grant(last, "98765400", "98765474", date(last, 11, 20), f"e-Nofa S-0987/{last}")

    story.at(opened, begin)
    for n, (customer, day) in enumerate([(SINAR, 2), (MAJU, 9), (BUDI, 16)]):
        no = f"INV-FPY-12{last % 100:02d}{301 + n:05d}"
        made = date(last, 12, day)
        story.bill(no, customer, _at(made), 1_250_000)
        story.issue(no, _at(made, 10))
        story.pay(no, _at(made + timedelta(days=10), 14))

    # This year's grant, then numbers 600..618 on a billing every four days; 605 was
    # cancelled once (a cancelled billing) and used again.
    granted = story.ago(STORY_DAYS, 8)
    story.at(
        granted,
        lambda: grant(year, "12345600", "12345699", granted.date(), f"e-Nofa S-0012/{year}"),
    )
    customers = [SINAR, MAJU, BUDI]
    serial = 380
    for n in range(19):
        days = 115 - 4 * n
        if n == 5:
            story.bill("INV-FPY-032200399", MAJU, story.ago(days + 1, 9), 2_750_000)
            story.issue("INV-FPY-032200399", story.ago(days + 1, 10))
            story.cancel_with_its_efaktur_no(
                "INV-FPY-032200399", story.ago(days, 8), "Customer ordered by mistake"
            )
        no = f"INV-FPY-0322{serial:05d}"
        serial += 1
        story.bill(no, customers[n % 3], story.ago(days, 9), 1_500_000 + 250_000 * (n % 4))
        story.issue(no, story.ago(days, 10))
        story.pay(no, story.ago(days - 12, 14))
        if n < 6:
            story.upload(no, story.ago(90, 16))

    # The guide's billing and one billing for each other branch, in the last weeks.
    story.bill(GUIDE_INVOICE, SINAR, story.ago(15, 9), 5_550_000, item=GUIDE_ITEM)
    story.issue(GUIDE_INVOICE, story.ago(15, 10))
    story.bill("INV-FPY-032300401", MAJU, story.ago(14, 9), 3_300_000)
    story.issue("INV-FPY-032300401", story.ago(14, 10))
    story.upload("INV-FPY-032300401", story.ago(8, 16))
    story.bill("INV-FPY-032300402", BUDI, story.ago(14, 11), 1_100_000)
    story.issue("INV-FPY-032300402", story.ago(14, 12))
    story.pay("INV-FPY-032300402", story.ago(7, 14))
    story.bill("INV-FPY-032300403", SINAR, story.ago(13, 9), 8_800_000)
    story.issue("INV-FPY-032300403", story.ago(13, 10))
    story.pay("INV-FPY-032300403", story.ago(5, 14), 4_000_000)
    # drafted earlier and sent late: its date is over 30 days ago, so it is overdue
    story.bill("INV-FPY-032300404", MAJU, story.ago(40, 9), 2_200_000)
    story.issue("INV-FPY-032300404", story.ago(13, 11))
    story.bill(
        "INV-FPY-032300405",
        YAYASAN,
        story.ago(12, 9),
        4_000_000,
        tax=False,
        item="Training workshop (not taxable)",
    )
    story.issue("INV-FPY-032300405", story.ago(12, 10))
    story.bill(
        "INV-FPY-032300406", SINAR, story.ago(4, 9), 6_600_000, item="Faspay Billing add-on modules"
    )


def grant(year: int, first: str, last: str, on: date, note: str) -> None:
    yy = f"{year % 100:02d}"
    ranges.add_range(ranges.read_range(f"000-{yy}.{first}", f"000-{yy}.{last}", year, on, note))


SINAR, MAJU, BUDI, YAYASAN = (
    "PT Sinar Jaya Abadi",
    "CV Maju Bersama",
    "Budi Santoso",
    "Yayasan Pendidikan Cerdas",
)
CUSTOMERS: dict[str, dict[str, object]] = {
    SINAR: {
        "npwp": "026015362054000",
        "email": "finance@sinarjaya.example",
        "npwp_address": "Jl. Gatot Subroto No. 10, Bandung",
    },
    MAJU: {
        "npwp": "018550814412000",
        "email": "ap@majubersama.example",
        "npwp_address": "Jl. Pemuda No. 77, Semarang",
    },
    BUDI: {
        "nik": "3171011708450001",
        "email": "budi@example.com",
        "npwp_address": "Jl. Kemang Raya No. 5, Jakarta",
    },
    YAYASAN: {"email": "admin@cerdas.example", "taxable": False},
}
GUIDE_ITEM = "Faspay Billing annual licence"
