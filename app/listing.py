"""Read-only listings for the tables and the command line.

Each listing counts its rows and returns a window of them; filtering and sorting are
SQL, so a table never loads a whole book into Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from app import clock
from app.efaktur_no import format_number, parse_any
from app.i18n import tr
from app.models import db
from app.rules import Status, awaits_number
from app.sql_dates import as_date, as_datetime

RowT = TypeVar("RowT")


def _top_level_items(sql: str) -> list[str]:
    """Split ``a, coalesce(b, c)`` at the commas outside parentheses."""
    items, depth, current = [], 0, ""
    for char in sql:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    return [item.strip() for item in [*items, current]]


class Listing(Generic[RowT]):
    """A filtered, sortable query: ``count()`` and ``rows(offset, limit)``."""

    select_sql: str = ""
    from_sql: str = ""
    count_from_sql: str = ""  # a lighter FROM for counting and paging, when filters allow
    key_sql: str = ""  # the lean table's key, joined back to ``from_sql``
    sort_columns: dict[str, str] = {}
    default_sort: str = ""
    tiebreak: str = "1"

    def __init__(self) -> None:
        self.select_params: list[Any] = []  # parameters of select_sql, if it has any
        self.where: list[str] = []
        self.params: list[Any] = []
        self.sort = self.default_sort
        self.descending = False

    def sort_by(self, key: str, descending: bool = False) -> None:
        if key not in self.sort_columns:
            raise ValueError(f"cannot sort by {key!r}")
        self.sort, self.descending = key, descending

    def _where_sql(self) -> str:
        return f" WHERE {' AND '.join(self.where)}" if self.where else ""

    def count(self) -> int:
        sql = f"SELECT COUNT(*) FROM {self.count_from_sql or self.from_sql}{self._where_sql()}"
        return int(db.execute_sql(sql, self.params).fetchone()[0])

    def _order_sql(self, descending: bool) -> str:
        direction = "DESC" if descending else "ASC"
        columns = [*_top_level_items(self.sort_columns[self.sort]), self.tiebreak]
        return ", ".join(f"{c.strip()} {direction}" for c in columns)

    def rows(self, offset: int = 0, limit: int = -1, total: int | None = None) -> list[RowT]:
        """Rows ``offset``.. in the chosen order. Given the ``total``, a window in the far
        half is read in reverse from the end, so the last rows cost what the first do."""
        descending = self.descending
        reverse = total is not None and limit > 0 and offset > total // 2
        if reverse:
            assert total is not None
            limit = min(limit, total - offset)
            offset = max(0, total - offset - limit)
            descending = not descending
        order = self._order_sql(descending)
        if self.count_from_sql and self.key_sql:
            # page over the lean table (an index walk), then join only the window's rows
            sql = (
                f"SELECT {self.select_sql} FROM {self.from_sql} WHERE {self.key_sql} IN ("
                f"SELECT {self.key_sql} FROM {self.count_from_sql}{self._where_sql()} "
                f"ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}"
            )
        else:
            sql = (
                f"SELECT {self.select_sql} FROM {self.from_sql}{self._where_sql()} "
                f"ORDER BY {order} LIMIT ? OFFSET ?"
            )
        cursor = db.execute_sql(sql, [*self.select_params, *self.params, limit, offset])
        found = [self.make_row(values) for values in cursor.fetchall()]
        return found[::-1] if reverse else found

    def position_of(self, key: Any) -> int | None:
        """Where the row whose ``tiebreak`` (its id) is ``key`` stands in the chosen
        order, or None when the filters leave it out: one query, however long the list."""
        return self.positions_of([key]).get(key)

    def positions_of(self, keys: list[Any]) -> dict[Any, int]:
        """``position_of`` for many keys at once (a query per 900 of them); keys the
        filters leave out are missing from the answer."""
        found: dict[Any, int] = {}
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            sql = (
                f"SELECT k, pos FROM (SELECT {self.tiebreak} AS k, "
                f"ROW_NUMBER() OVER (ORDER BY {self._order_sql(self.descending)}) - 1 AS pos "
                f"FROM {self.from_sql}{self._where_sql()}) "
                f"WHERE k IN ({', '.join('?' * len(chunk))})"
            )
            found.update(db.execute_sql(sql, [*self.params, *chunk]).fetchall())
        return found

    def make_row(self, values: tuple) -> RowT:
        raise NotImplementedError


def shown_number(live: str | None, released: str | None) -> str | None:
    """A billing's E-Faktur No as shown: the live one, else the one it gave back."""
    if live:
        return live
    return tr("{released} (canceled)").format(released=released) if released else None


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
    released_efaktur_no: str | None
    status: Status
    dpp: int = 0
    ppn: int = 0
    paid: int = 0
    customer_npwp: str = ""

    @property
    def shown_number(self) -> str | None:
        return shown_number(self.efaktur_no, self.released_efaktur_no)

    def as_json(self) -> dict[str, Any]:
        return {
            "invoice_no": self.invoice_no,
            "customer": self.customer,
            "invoice_date": self.invoice_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "dpp": self.dpp,
            "ppn": self.ppn,
            "total": self.total,
            "paid": self.paid,
            "status": self.status.value,
            "tax_active": self.tax_active,
            "efaktur_no": self.efaktur_no,
            "released_efaktur_no": self.released_efaktur_no,
        }


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

    @property
    def outstanding(self) -> int:
        return self.total - self.paid


_STATUS_SQL = "CASE WHEN b.status = 'unpaid' AND b.due_date < ? THEN 'overdue' ELSE b.status END"


def _shown_status(stored: str, past_due: object) -> Status:
    """A row's status; ``past_due`` is the query's ``b.due_date < today``."""
    status = Status(stored)
    return Status.OVERDUE if status is Status.UNPAID and past_due else status


class BillingListing(Listing[BillingRow]):
    from_sql = (
        "billing b JOIN customer c ON c.id = b.customer_id "
        "LEFT JOIN efaktur_number n ON n.id = b.efaktur_number_id "
        "LEFT JOIN efaktur_number r ON r.id = b.released_number_id"
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
        "efaktur_no": "coalesce(n.year, r.year), coalesce(n.counter, r.counter)",
        "status": "b.status",
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
        self.select_sql = (
            "b.id, b.invoice_no, c.name, b.invoice_date, b.due_date, b.total, b.tax_active, "
            "n.year, n.counter, r.year, r.counter, b.status, b.due_date < ?, "
            "b.dpp, b.ppn, b.paid_amount, c.npwp"
        )
        self.select_params = [self.today.isoformat()]
        if search.strip():
            like = f"%{search.strip()}%"
            self.where.append("(b.invoice_no LIKE ? OR c.name LIKE ?)")
            self.params += [like, like]
        else:
            self.count_from_sql = "billing b"  # no filter needs the customer or numbers
        if status is not None:
            self.where.append(f"{_STATUS_SQL} = ?")
            self.params += [self.today.isoformat(), status.value]
        if date_from is not None:
            self.where.append("b.invoice_date >= ?")
            self.params.append(date_from.isoformat())
        if date_to is not None:
            self.where.append("b.invoice_date <= ?")
            self.params.append(date_to.isoformat())

    def totals(self) -> BillingTotals:
        billed = "b.status NOT IN ('draft', 'proforma', 'cancelled')"
        sums = ", ".join(
            f"COALESCE(SUM(CASE WHEN {billed} THEN {column} END), 0)"
            for column in ("b.dpp", "b.ppn", "b.total", "b.paid_amount")
        )
        sql = (
            f"SELECT COUNT(*), {sums}, COALESCE(SUM(b.status = 'draft'), 0), "
            "COALESCE(SUM(b.status = 'proforma'), 0), COALESCE(SUM(b.status = 'cancelled'), 0) "
            f"FROM {self.count_from_sql or self.from_sql}{self._where_sql()}"
        )
        return BillingTotals(*db.execute_sql(sql, self.params).fetchone())

    def make_row(self, v: tuple) -> BillingRow:
        return BillingRow(
            id=v[0],
            invoice_no=v[1],
            customer=v[2],
            invoice_date=as_date(v[3]),
            due_date=as_date(v[4]),
            total=v[5],
            tax_active=bool(v[6]),
            efaktur_no=format_number(v[7], v[8]) if v[7] is not None else None,
            released_efaktur_no=format_number(v[9], v[10]) if v[9] is not None else None,
            status=_shown_status(v[11], v[12]),
            dpp=v[13],
            ppn=v[14],
            paid=v[15],
            customer_npwp=v[16],
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
        "name": "c.name COLLATE NOCASE",
        "npwp": "c.npwp",
        "email": "c.email COLLATE NOCASE",
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


@dataclass(frozen=True)
class NumberRow:
    id: int
    year: int
    counter: int
    state: str
    invoice_no: str | None

    @property
    def number(self) -> str:
        return format_number(self.year, self.counter)

    def as_json(self) -> dict[str, Any]:
        return {"number": self.number, "status": self.state, "invoice_no": self.invoice_no}


NUMBER_STATES = ("available", "assigned", "uploaded", "expired")


class NumberListing(Listing[NumberRow]):
    """Every number. ``expired`` is derived: still available, but its year is over."""

    from_sql = "efaktur_number n LEFT JOIN billing b ON b.efaktur_number_id = n.id"
    count_from_sql = "efaktur_number n"  # the filters and sorts never need the billing
    key_sql = "n.id"
    sort_columns = {
        "number": "n.year, n.counter",
        "state": "n.state, n.year, n.counter",
    }
    default_sort = "number"
    tiebreak = "n.id"

    def __init__(
        self,
        state: str | None = None,
        range_id: int | None = None,
        year: int | None = None,
        search: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__()
        this_year = (today or clock.today()).year
        self.select_sql = (
            "n.id, n.year, n.counter, "
            "CASE WHEN n.state = 'available' AND n.year < ? THEN 'expired' ELSE n.state END, "
            "b.invoice_no"
        )
        self.select_params = [this_year]
        if state == "expired":
            self.where.append("n.state = 'available' AND n.year < ?")
            self.params.append(this_year)
        elif state == "available":
            self.where.append("n.state = 'available' AND n.year >= ?")
            self.params.append(this_year)
        elif state:
            self.where.append("n.state = ?")
            self.params.append(state)
        if range_id is not None:
            self.where.append("n.range_id = ?")
            self.params.append(range_id)
        if year is not None:
            self.where.append("n.year = ?")
            self.params.append(year)
        if search.strip():
            wanted = parse_any(search)  # Refused with a message when it is no number
            self.where.append("n.year = ? AND n.counter = ?")
            self.params += [wanted.year, wanted.counter]
        self._range_count = self._count_from_ranges(state, range_id, year, search, this_year)

    @staticmethod
    def _count_from_ranges(
        state: str | None, range_id: int | None, year: int | None, search: str, this_year: int
    ) -> tuple[str, list[Any]] | None:
        """Counting a million number rows takes 13 ms; the ranges know the same figure.
        Every range holds exactly its numbers, and the triggers keep ``available`` true."""
        if search.strip() or state not in (None, "available", "expired"):
            return None
        where, params = [], []
        if range_id is not None:
            where.append("id = ?")
            params.append(range_id)
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if state == "available":
            where.append("year >= ?")
            params.append(this_year)
        elif state == "expired":
            where.append("year < ?")
            params.append(this_year)
        figure = "end_counter - start_counter + 1" if state is None else "available"
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return f"SELECT COALESCE(SUM({figure}), 0) FROM efaktur_range{clause}", params

    def count(self) -> int:
        if self._range_count is None:
            return super().count()
        sql, params = self._range_count
        return int(db.execute_sql(sql, params).fetchone()[0])

    def make_row(self, v: tuple) -> NumberRow:
        return NumberRow(v[0], v[1], v[2], v[3], v[4])


@dataclass(frozen=True)
class RangeRow:
    id: int
    year: int
    start_counter: int
    end_counter: int
    available: int
    grant_date: date | None
    note: str

    @property
    def start(self) -> str:
        return format_number(self.year, self.start_counter)

    @property
    def end(self) -> str:
        return format_number(self.year, self.end_counter)

    @property
    def total(self) -> int:
        return self.end_counter - self.start_counter + 1

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "year": self.year,
            "total": self.total,
            "available": self.available,
            "grant_date": self.grant_date.isoformat() if self.grant_date else None,
            "note": self.note,
        }


class RangeListing(Listing[RangeRow]):
    select_sql = "g.id, g.year, g.start_counter, g.end_counter, g.available, g.grant_date, g.note"
    from_sql = "efaktur_range g"
    sort_columns = {
        "year": "g.year",
        "start": "g.year, g.start_counter",
        "newest_year_first": "-g.year, g.start_counter",
    }
    default_sort = "newest_year_first"
    tiebreak = "g.id"

    def make_row(self, v: tuple) -> RangeRow:
        return RangeRow(v[0], v[1], v[2], v[3], v[4], as_date(v[5]) if v[5] else None, v[6])


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

    @property
    def exported(self) -> bool:
        return self.exported_at is not None

    @property
    def awaits_number(self) -> bool:
        return awaits_number(self.status, self.tax_active, self.efaktur_no)


EXPORT_STATES = ("exported", "not_exported")


class ExportListing(Listing[ExportRow]):
    """The billings of a period, as the Export CSV tab shows them."""

    from_sql = (
        "billing b JOIN customer c ON c.id = b.customer_id "
        "LEFT JOIN efaktur_number n ON n.id = b.efaktur_number_id"
    )
    sort_columns = {
        "efaktur_no": "n.year, n.counter",
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
    ) -> None:
        super().__init__()
        today = today or clock.today()
        self.select_sql = (
            "b.id, n.year, n.counter, b.invoice_no, b.invoice_date, b.due_date, c.name, "
            "c.npwp_name, c.npwp, b.status, b.due_date < ?, "
            "(SELECT MAX(x.created_at) FROM export_item i JOIN export_batch x "
            " ON x.id = i.batch_id WHERE i.billing_id = b.id AND i.number_id = n.id) "
            "AS exported_at, "
            "EXISTS (SELECT 1 FROM efaktur_file f WHERE f.number_id = n.id), c.nik, "
            "b.tax_active"
        )
        self.select_params = [today.isoformat()]
        self.where.append("b.invoice_date BETWEEN ? AND ?")
        self.params += [first.isoformat(), last.isoformat()]
        was_exported = (
            "EXISTS (SELECT 1 FROM export_item i WHERE i.billing_id = b.id AND i.number_id = n.id)"
        )
        if exported == "exported":
            self.where.append(was_exported)
        elif exported == "not_exported":
            self.where.append(f"NOT {was_exported}")
        if search.strip():
            like = f"%{search.strip()}%"
            self.where.append("(b.invoice_no LIKE ? OR c.name LIKE ? OR c.npwp_name LIKE ?)")
            self.params += [like, like, like]

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
            status=_shown_status(v[9], v[10]),
            exported_at=as_datetime(v[11]) if v[11] else None,
            uploaded=bool(v[12]),
            nik=v[13],
            tax_active=bool(v[14]),
        )
