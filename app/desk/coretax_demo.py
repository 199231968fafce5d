"""The Coretax demo book (``demo --coretax``): a book that sends every faktur dated from
2025 through Coretax, with a billing in each state that Coretax part 1 produces.

Built through the same services a user's actions go through, in the order they happen,
with the clock set to each step's moment. The billings lie in the current month and the
one before, so the export of last month is kept as an XML batch, and this month's wait
for theirs; one customer has no identity, so this month's export names it.
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
from app.desk.demo import BUDI, CUSTOMERS, SELLER_NPWP, SINAR
from app.efaktur import coretax_export, exports
from app.numbers import channel

FOREIGN = "John Smith"
BRANCH = "PT Angkasa Avtur (Cabang Cengkareng)"
NOBODY = "CV Tanpa Identitas"
SERVICES = LineData(
    "Faspay Billing subscription", Decimal(1), Decimal(2_500_000), item_code="SVC-01"
)
MODULE = LineData(
    "Modul pelatihan cetak", Decimal(12), Decimal("35000.50"), item_code="MOD-01",
    kind="A", unit="UM.0021",
)  # fmt: skip


def build_coretax_demo(files_folder: Path, today: date | None = None) -> None:
    """Fill an empty, open book with the Coretax demo."""
    if Company.select().exists() or Billing.select().exists():
        raise ValueError("the demo goes into an empty book only")
    today = today or clock.today()
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    pinned = clock.fixed()
    steps: list[tuple[datetime, Callable[[], object]]] = [
        (_at(last_month - timedelta(days=3), 8), _begin),
    ]

    def bill(no: str, customer: str, day: date, *lines: LineData, issue: bool = True, **kw):
        steps.append((_at(day, 9), lambda: _create(no, customer, day, lines, **kw)))
        if issue:
            steps.append((_at(day, 10), lambda: _issue(no)))

    bill("INV-CTX-2501", SINAR, last_month + timedelta(days=4), SERVICES, MODULE)
    bill("INV-CTX-2502", FOREIGN, last_month + timedelta(days=9), SERVICES)
    folder = files_folder.parent / "coretax-demo"
    month = f"{last_month:%Y-%m}"
    steps.append(
        (_at(last_month + timedelta(days=14), 15), lambda: _export(folder, f"coretax-{month}.xml"))
    )
    day = min(this_month + timedelta(days=1), today)
    bill("INV-CTX-2601", SINAR, day, SERVICES)  # issued, waits for this month's export
    bill("INV-CTX-2602", BUDI, day, MODULE)  # a NIK buyer
    bill(
        "INV-CTX-2603", BRANCH, day,
        LineData("Avtur", Decimal(5000), Decimal("12345.67"), kind="A", goods_code="271000",
                 unit="UM.0007"),
        transaction_code="07", add_info="TD.00504", facility_stamp="TD.01104",
    )  # fmt: skip
    bill("INV-CTX-2604", NOBODY, day, SERVICES)  # no identity: the export names it
    bill("INV-CTX-2605", SINAR, day, SERVICES, tax_active=False)  # no faktur at all
    bill("INV-CTX-2606", SINAR, day, SERVICES, issue=False)  # a draft
    try:
        for moment, step in sorted(steps, key=lambda s: s[0]):
            clock.fix(min(moment, datetime.combine(today, time(8, 0))))
            step()
    finally:
        clock.fix(pinned)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))


def _begin() -> None:
    channel.choose(channel.CORETAX_START)
    parties.set_company(
        "PT Faspay Demo Niaga", SELLER_NPWP, "Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan",
        tku="000000",
    )  # fmt: skip
    parties.add_customer(SINAR, **CUSTOMERS[SINAR])  # type: ignore[arg-type]
    parties.add_customer(BUDI, **CUSTOMERS[BUDI])  # type: ignore[arg-type]
    parties.add_customer(
        FOREIGN, id_type="Passport", id_number="X1234567", country="GBR",
        npwp_address="12 Baker Street, London",
    )  # fmt: skip
    parties.add_customer(BRANCH, npwp="018550814412000", tku="000001", npwp_address="Bandara")
    parties.add_customer(NOBODY, npwp_address="Jl. Melati 3, Depok")


def _create(no: str, customer: str, day: date, lines: tuple[LineData, ...], **kw) -> None:
    create_billing(
        BillingData(
            no, Customer.get(Customer.name == customer).id, day, day + timedelta(days=30),
            lines=lines, **kw,
        )
    )  # fmt: skip


def _issue(no: str) -> None:
    billing_actions.issue_billing(Billing.get(Billing.invoice_no == no).id)


def _export(folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    first, last = exports.month_of(clock.today())
    coretax_export.export_xml(exports.billings_of_period(first, last), folder / name)
