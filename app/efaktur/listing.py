"""The e-Faktur files and export lists, for the tables and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.billings.rules import awaits_number, shown_status
from app.book.listing import Listing
from app.book.models import db
from app.book.sql_dates import as_date, as_datetime
from app.book.states import CoretaxStatus, Status
from app.common import clock
from app.common.efaktur_no import format_number
from app.numbers import channel


@dataclass(frozen=True)
class FileRow:
    id: int
    number: str
    faktur_no: str
    invoice_no: str
    customer: str
    uploaded_at: datetime
    replacement: bool
    file_name: str
    sha256: str = ""
    withdrawn_reason: str | None = None  # None while the file stands

    @property
    def status_label(self) -> str:
        if self.withdrawn_reason is not None:
            return "Withdrawn"
        return "Replacement" if self.replacement else "Normal"


class FileListing(Listing[FileRow]):
    select_sql = (
        "f.id, n.year, n.counter, f.transaction_code, f.status_digit, b.invoice_no, c.name, "
        "f.uploaded_at, f.file_name, f.sha256, f.withdrawn_at, f.withdrawn_reason"
    )
    # CROSS JOIN keeps SQLite driving from the (few) files, not from every customer
    from_sql = (
        "efaktur_file f CROSS JOIN efaktur_number n ON n.id = f.number_id "
        "CROSS JOIN billing b ON b.id = f.billing_id CROSS JOIN customer c ON c.id = b.customer_id"
    )
    sort_columns = {
        "number": "n.year, n.counter",
        "invoice_no": "b.invoice_no",
        "customer": "c.name",
        "uploaded_at": "f.uploaded_at",
        "status": "f.status_digit",
    }
    default_sort = "uploaded_at"
    tiebreak = "f.id"

    def __init__(self, invoice_search: str = "") -> None:
        super().__init__()
        if invoice_search.strip():
            self.where.append("b.invoice_no LIKE ?")
            self.params.append(f"%{invoice_search.strip()}%")

    def make_row(self, v: tuple) -> FileRow:
        number = format_number(v[1], v[2])
        return FileRow(
            id=v[0],
            number=number,
            faktur_no=f"{v[3]}{v[4]}.{number}",
            invoice_no=v[5],
            customer=v[6],
            uploaded_at=as_datetime(v[7]),
            replacement=bool(v[4]),
            file_name=v[8],
            sha256=v[9],
            withdrawn_reason=v[11] if v[10] else None,
        )


@dataclass(frozen=True)
class ExportRow:
    id: int
    efaktur_no: str | None
    invoice_no: str
    invoice_date: date
    due_date: date
    customer: str
    npwp_name: str
    npwp: str
    nik: str
    status: Status
    exported_at: datetime | None  # last export with the number it holds now
    uploaded: bool
    tax_active: bool = True
    through_coretax: bool = False  # Coretax numbers it: it never waits for an E-Faktur No
    id_type: str = ""  # Coretax's buyer identity: Passport, Other ID, …
    id_number: str = ""
    faktur_no: str = ""  # the 17 digits Coretax gave it
    coretax_status: CoretaxStatus | None = None  # as Coretax last reported it
    coretax_mismatch: str = ""

    @property
    def exported(self) -> bool:
        return self.exported_at is not None

    @property
    def to_coretax(self) -> bool:
        """Exported as XML for Coretax; else as CSV for e-Faktur desktop."""
        return self.through_coretax and self.efaktur_no is None

    @property
    def awaits_number(self) -> bool:
        return awaits_number(self.status, self.tax_active, self.efaktur_no, self.through_coretax)


EXPORT_STATES = ("exported", "not_exported")
CSV, XML = "csv", "xml"  # the two files: for e-Faktur desktop, for Coretax


def xml_way_sql(way: channel.Channel, billing: str = "b") -> tuple[str, list[str]]:
    """SQL true for a billing exported as XML for Coretax (``ExportRow.to_coretax``), and
    its parameters."""
    if way.coretax_from is None:
        return "0", []
    return (
        f"({billing}.efaktur_number_id IS NULL AND {billing}.invoice_date >= ?)",
        [way.coretax_from.isoformat()],
    )


CSV_EXPORTED = (
    "SELECT {what} FROM export_item i JOIN export_batch x ON x.id = i.batch_id "
    "WHERE i.billing_id = b.id AND i.number_id = n.id"
)
LAST = "MAX(x.created_at)"
XML_EXPORTED = (
    "SELECT {what} FROM coretax_export_item i JOIN export_batch x ON x.id = i.batch_id "
    "WHERE i.billing_id = b.id"
)


def _subquery(template: str, what: str) -> str:
    return f"({template.format(what=what)})"


class ExportListing(Listing[ExportRow]):
    """The billings of a period, as the Export tab shows them: ``way`` CSV, those that go
    to e-Faktur desktop, XML those that go to Coretax, None both. Exported: with the
    number it holds now (CSV), or at all (XML)."""

    from_sql = (
        "billing b JOIN customer c ON c.id = b.customer_id "
        "LEFT JOIN efaktur_number n ON n.id = b.efaktur_number_id "
        "LEFT JOIN coretax_faktur cf ON cf.billing_id = b.id"
    )
    sort_columns = {
        "efaktur_no": "n.year, n.counter, cf.faktur_no",
        "invoice_no": "b.invoice_no",
        "invoice_date": "b.invoice_date",
        "due_date": "b.due_date",
        "customer": "c.name",
        "npwp_name": "c.npwp_name",
        "npwp": "c.npwp",
        "status": "b.status",
        "exported": "exported_at",
    }
    default_sort = "invoice_date"
    tiebreak = "b.id"

    def __init__(
        self,
        first: date,
        last: date,
        exported: str | None = None,
        search: str = "",
        today: date | None = None,
        way: str | None = None,
    ) -> None:
        super().__init__()
        today = today or clock.today()
        self.channel = channel.current()
        xml, xml_params = xml_way_sql(self.channel)

        def by_way(xml_sql: str, csv_sql: str) -> str:
            return f"(CASE WHEN {xml} THEN {xml_sql} ELSE {csv_sql} END)"

        self.select_sql = (
            "b.id, n.year, n.counter, b.invoice_no, b.invoice_date, b.due_date, c.name, "
            "c.npwp_name, c.npwp, b.status, b.due_date < ?, "
            f"{by_way(_subquery(XML_EXPORTED, LAST), _subquery(CSV_EXPORTED, LAST))} "
            "AS exported_at, "
            "EXISTS (SELECT 1 FROM efaktur_file f WHERE f.number_id = n.id), c.nik, "
            "b.tax_active, c.id_type, c.id_number, cf.faktur_no, cf.status, cf.mismatch"
        )
        self.select_params = [today.isoformat(), *xml_params]
        self.where.append("b.invoice_date BETWEEN ? AND ?")
        self.params += [first.isoformat(), last.isoformat()]
        if way is not None:
            self.where.append(xml if way == XML else f"NOT {xml}")
            self.params += xml_params
        was_exported = by_way(
            f"EXISTS {_subquery(XML_EXPORTED, '1')}", f"EXISTS {_subquery(CSV_EXPORTED, '1')}"
        )
        if exported == "exported":
            self.where.append(was_exported)
            self.params += xml_params
        elif exported == "not_exported":
            self.where.append(f"NOT {was_exported}")
            self.params += xml_params
        if search.strip():
            like = f"%{search.strip()}%"
            self.where.append("(b.invoice_no LIKE ? OR c.name LIKE ? OR c.npwp_name LIKE ?)")
            self.params += [like, like, like]

    def numbered_by_coretax(self) -> bool:
        """Does any billing listed hold a number Coretax gave it?"""
        sql = (
            f"SELECT EXISTS (SELECT 1 FROM {self.from_sql}{self._where_sql()} "
            "AND cf.faktur_no <> '')"
        )
        return bool(db.execute_sql(sql, self.params).fetchone()[0])

    def make_row(self, v: tuple) -> ExportRow:
        return ExportRow(
            id=v[0],
            efaktur_no=format_number(v[1], v[2]) if v[1] is not None else None,
            invoice_no=v[3],
            invoice_date=as_date(v[4]),
            due_date=as_date(v[5]),
            customer=v[6],
            npwp_name=v[7],
            npwp=v[8],
            status=shown_status(v[9], v[10]),
            exported_at=as_datetime(v[11]) if v[11] else None,
            uploaded=bool(v[12]),
            nik=v[13],
            tax_active=bool(v[14]),
            through_coretax=self.channel.through_coretax(as_date(v[4])),
            id_type=v[15],
            id_number=v[16],
            faktur_no=v[17] or "",
            coretax_status=CoretaxStatus(v[18]) if v[18] else None,
            coretax_mismatch=v[19] or "",
        )
