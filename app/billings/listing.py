"""The billings and customers lists, for the tables and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.billings.rules import SHOWN_STATUS_SQL, awaits_number, shown_status
from app.book.dialect import ignoring_case
from app.book.listing import Listing
from app.book.models import db
from app.book.sql_dates import as_date
from app.book.states import CoretaxStatus, Status
from app.common import clock
from app.common.coretax_codes import FACILITY_CODES
from app.common.efaktur_no import format_number
from app.common.i18n import tr
from app.numbers import channel


def shown_number(live: str | None, released: str | None) -> str | None:
    """A billing's E-Faktur No as shown: the live one, else the one it cancelled."""
    if live:
        return live
    return tr("{released} (cancelled)").format(released=released) if released else None


@dataclass(frozen=True)
class BillingRow:
    id: int
    invoice_no: str
    customer: str
    invoice_date: date
    due_date: date
    total: int
    tax_active: bool
    efaktur_no: str | None
    cancelled_efaktur_no: str | None
    status: Status
    dpp: int = 0
    ppn: int = 0
    paid: int = 0
    customer_npwp: str = ""
    through_coretax: bool = False  # Coretax numbers it: it never takes an E-Faktur No
    ppnbm: int = 0  # luxury goods' sales tax, part of the total
    faktur_no: str | None = None  # the 17 digits Coretax gave it
    coretax_status: CoretaxStatus | None = None  # None: it does not go through Coretax
    coretax_mismatch: str = ""  # Coretax's amounts differ from the billing's

    @property
    def shown_number(self) -> str | None:
        return shown_number(self.efaktur_no, self.cancelled_efaktur_no)

    @property
    def awaits_number(self) -> bool:
        """Shown "(Not Set)": Generate E-Faktur No would give it its number."""
        return awaits_number(self.status, self.tax_active, self.efaktur_no, self.through_coretax)

    def as_json(self) -> dict[str, Any]:
        return {
            "invoice_no": self.invoice_no,
            "customer": self.customer,
            "invoice_date": self.invoice_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "dpp": self.dpp,
            "ppn": self.ppn,
            "ppnbm": self.ppnbm,
            "total": self.total,
            "paid": self.paid,
            "status": self.status.value,
            "tax_active": self.tax_active,
            "efaktur_no": self.efaktur_no,
            "cancelled_efaktur_no": self.cancelled_efaktur_no,
            "faktur_no": self.faktur_no,
            "coretax_status": self.coretax_status.value if self.coretax_status else None,
        }


def coretax_status_of(
    recorded: str | None, exported: bool, goes_through_coretax: bool
) -> CoretaxStatus | None:
    """What Coretax last reported, else whether the billing went out as XML; None for a
    billing that does not go through Coretax and that Coretax never reported."""
    if recorded:
        return CoretaxStatus(recorded)
    if not goes_through_coretax:
        return None
    return CoretaxStatus.EXPORTED if exported else CoretaxStatus.NOT_EXPORTED


@dataclass(frozen=True)
class BillingTotals:
    """What a billing listing shows: ``count`` rows, and the sums of those that were
    billed (issued and not cancelled), as an accountant reads a period's billing. The
    drafts, proformas and cancelled billings among the rows are counted apart."""

    count: int
    dpp: int
    ppn: int
    total: int
    paid: int
    drafts: int = 0
    proformas: int = 0
    cancelled: int = 0
    ppnbm: int = 0
    # stated on a faktur under 07/08 but not charged (not in ``total``): tax_collected
    ppn_not_collected: int = 0
    ppnbm_not_collected: int = 0

    @property
    def outstanding(self) -> int:
        return self.total - self.paid


class BillingListing(Listing[BillingRow]):
    from_sql = (
        "billing b JOIN customer c ON c.id = b.customer_id "
        "LEFT JOIN efaktur_number n ON n.id = b.efaktur_number_id "
        "LEFT JOIN efaktur_number r ON r.id = b.released_number_id "
        "LEFT JOIN coretax_faktur cf ON cf.billing_id = b.id"
    )
    sort_columns = {
        "invoice_no": "b.invoice_no",
        "customer": "c.name",
        "invoice_date": "b.invoice_date",
        "due_date": "b.due_date",
        "dpp": "b.dpp",
        "ppn": "b.ppn",
        "total": "b.total",
        "paid": "b.paid_amount",
        "tax_active": "b.tax_active",
        "efaktur_no": "coalesce(n.year, r.year), coalesce(n.counter, r.counter), cf.faktur_no",
        "status": "b.status",
        "coretax_status": "cf.status",
    }
    default_sort = "invoice_no"
    tiebreak = "b.id"

    def __init__(
        self,
        search: str = "",
        status: Status | None = None,
        today: date | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> None:
        """``date_from``/``date_to``: the invoice date's period, both days included."""
        super().__init__()
        self.today = today or clock.today()
        self.channel = channel.current()
        self.select_sql = (
            "b.id, b.invoice_no, c.name, b.invoice_date, b.due_date, b.total, b.tax_active, "
            "n.year, n.counter, r.year, r.counter, b.status, b.due_date < ?, "
            "b.dpp, b.ppn, b.paid_amount, c.npwp, b.ppnbm, cf.faktur_no, cf.status, "
            "EXISTS (SELECT 1 FROM coretax_export_item i WHERE i.billing_id = b.id), "
            "cf.mismatch"
        )
        self.select_params = [self.today.isoformat()]
        if search.strip():
            like = f"%{search.strip()}%"
            self.where.append("(b.invoice_no LIKE ? OR c.name LIKE ?)")
            self.params += [like, like]
        else:
            self.count_from_sql = "billing b"  # no filter needs the customer or numbers
        if status is not None:
            self.where.append(f"{SHOWN_STATUS_SQL} = ?")
            self.params += [self.today.isoformat(), status.value]
        if date_from is not None:
            self.where.append("b.invoice_date >= ?")
            self.params.append(date_from.isoformat())
        if date_to is not None:
            self.where.append("b.invoice_date <= ?")
            self.params.append(date_to.isoformat())

    def totals(self) -> BillingTotals:
        billed = "b.status NOT IN ('draft', 'proforma', 'cancelled')"
        not_collected = "b.transaction_code IN ({})".format(
            ", ".join(f"'{code}'" for code in FACILITY_CODES)
        )

        def sums(*columns: str) -> str:
            return ", ".join(
                f"COALESCE(SUM(CASE WHEN {billed} THEN {column} END), 0)" for column in columns
            )

        sql = (
            f"SELECT COUNT(*), {sums('b.dpp', 'b.ppn', 'b.total', 'b.paid_amount')}, "
            "COALESCE(SUM(b.status = 'draft'), 0), COALESCE(SUM(b.status = 'proforma'), 0), "
            "COALESCE(SUM(b.status = 'cancelled'), 0), "
            + sums("b.ppnbm", f"b.ppn * ({not_collected})", f"b.ppnbm * ({not_collected})")
            + f" FROM {self.count_from_sql or self.from_sql}{self._where_sql()}"
        )
        return BillingTotals(*db.execute_sql(sql, self.params).fetchone())

    def make_row(self, v: tuple) -> BillingRow:
        through_coretax = self.channel.through_coretax(as_date(v[3]))
        goes = through_coretax and bool(v[6]) and v[7] is None and v[9] is None
        return BillingRow(
            id=v[0],
            invoice_no=v[1],
            customer=v[2],
            invoice_date=as_date(v[3]),
            due_date=as_date(v[4]),
            total=v[5],
            tax_active=bool(v[6]),
            efaktur_no=format_number(v[7], v[8]) if v[7] is not None else None,
            cancelled_efaktur_no=format_number(v[9], v[10]) if v[9] is not None else None,
            status=shown_status(v[11], v[12]),
            dpp=v[13],
            ppn=v[14],
            paid=v[15],
            customer_npwp=v[16],
            through_coretax=through_coretax,
            ppnbm=v[17],
            faktur_no=v[18] or None,
            coretax_status=coretax_status_of(v[19], bool(v[20]), goes),
            coretax_mismatch=v[21] or "",
        )


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    npwp: str
    nik: str
    email: str
    phone: str
    transaction_code: str
    taxable: bool
    billings: int


_BILLINGS_OF_CUSTOMER = "(SELECT COUNT(*) FROM billing b WHERE b.customer_id = c.id)"


class CustomerListing(Listing[CustomerRow]):
    select_sql = (
        "c.id, c.name, c.npwp, c.nik, c.email, c.phone, c.transaction_code, c.taxable, "
        + _BILLINGS_OF_CUSTOMER
    )
    from_sql = "customer c"
    sort_columns = {
        "name": ignoring_case("c.name"),
        "npwp": "c.npwp",
        "email": ignoring_case("c.email"),
        "transaction_code": "c.transaction_code",
        "taxable": "c.taxable",
        "billings": _BILLINGS_OF_CUSTOMER,
    }
    default_sort = "name"
    tiebreak = "c.id"

    def __init__(self, search: str = "") -> None:
        super().__init__()
        text = search.strip()
        if text:
            like = f"%{text}%"
            digits = "".join(ch for ch in text if ch.isdigit())
            clauses = ["c.name LIKE ?", "c.email LIKE ?", "c.npwp_name LIKE ?"]
            self.params += [like, like, like]
            if digits:
                clauses += ["c.npwp LIKE ?", "c.nik LIKE ?"]
                self.params += [f"%{digits}%", f"%{digits}%"]
            self.where.append(f"({' OR '.join(clauses)})")

    def make_row(self, v: tuple) -> CustomerRow:
        return CustomerRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], bool(v[7]), v[8])
