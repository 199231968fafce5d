"""Billings from the user's spreadsheet: one row per billing line (see README, Import).

``plan_import`` reads and checks everything and writes nothing; ``apply_import`` writes
a plan with no problems in one transaction. The window shows the plan as the preview.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.billings.amounts import is_ppnbm_rate, read_amount
from app.billings.billings import (
    BillingData,
    LineData,
    amount_problems,
    create_billing,
    totals_of,
    totals_problem,
    transaction_code_problem,
)
from app.billings.numbering import invoice_no_problem
from app.billings.parties import (
    CustomerData,
    clean_email,
    clean_nik,
    clean_npwp,
    identity_problem,
    real_npwp,
    save_customer,
)
from app.book import history
from app.book.dialect import in_chunks, writing
from app.book.models import Billing, Customer
from app.common.coretax_codes import (
    GENERIC_CODE,
    ID_TYPES,
    TRANSACTION_CODES,
    goods_code,
    kind_code,
    tku,
    unit_code,
)
from app.common.date_window import outside
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr
from app.common.spreadsheets import as_cell_date, cell_text, read_table

COLUMNS = (
    "invoice_no",
    "invoice_date",
    "due_date",
    "customer_name",
    "customer_npwp",
    "customer_nik",
    "customer_address",
    "customer_email",
    "transaction_code",
    "tax_active",
    "prices_include_tax",
    "item_code",
    "item_name",
    "quantity",
    "unit_price",
    "discount_percent",
    "customer_tku",
    "customer_id_type",
    "customer_id_number",
    "customer_country",
    "item_kind",
    "item_tax_code",
    "unit",
    "luxury",
    "ppnbm_rate",
)
REQUIRED = ("invoice_no", "invoice_date", "customer_name", "item_name", "quantity", "unit_price")
# what every line of one billing must agree on
BILLING_COLUMNS = (
    "invoice_date",
    "due_date",
    "customer_name",
    "customer_npwp",
    "customer_nik",
    "transaction_code",
    "tax_active",
    "prices_include_tax",
    "customer_tku",
    "customer_id_type",
    "customer_id_number",
    "customer_country",
)
TRUE_WORDS = {"1", "yes", "y", "true", "ya", "benar"}
FALSE_WORDS = {"0", "no", "n", "false", "tidak", "salah"}
MAX_BILLINGS = 20_000


@dataclass(frozen=True)
class Problem:
    row: int | None  # the spreadsheet's row number (header = 1); None: the whole file
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(tr("row {row}").format(row=self.row))
        if self.column:
            where.append(self.column)
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class PlannedCustomer:
    data: CustomerData
    existing_id: int | None  # None: created by the import


@dataclass
class PlannedBilling:
    first_row: int
    data: BillingData
    customer: PlannedCustomer
    rows: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return totals_of(self.data).total


@dataclass
class ImportPlan:
    file_name: str
    billings: list[PlannedBilling]
    problems: list[Problem]

    @property
    def new_customers(self) -> list[PlannedCustomer]:
        seen: dict[int, PlannedCustomer] = {}
        for b in self.billings:
            if b.customer.existing_id is None:
                seen.setdefault(id(b.customer), b.customer)
        return list(seen.values())


# -- reading cells ----------------------------------------------------------------


def read_date(value: Any) -> date:
    found = as_cell_date(value) or _iso_date(cell_text(value))
    problem = outside(found.year, found.isoformat())
    if problem:
        raise ValueError(problem)
    return found


def _iso_date(text: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(
            tr("“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25.").format(text=text)
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(tr("“{text}” is not a day of the calendar.").format(text=text)) from None


def read_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValueError(
        tr("“{value}” is not yes or no: write 1/0, yes/no, true/false or ya/tidak.").format(
            value=cell_text(value)
        )
    )


def _read_ppnbm_rate(value: Any) -> Decimal:
    rate = read_amount(value)
    if not is_ppnbm_rate(rate):
        raise ValueError(tr("must be a percentage from 0 to 200."))
    return rate


def read_transaction_code(value: Any) -> str:
    text = cell_text(value)
    code = text.zfill(2) if text.isdigit() and len(text) <= 2 else text
    if code not in TRANSACTION_CODES:
        raise ValueError(tr("“{text}” is not a transaction code: use 01 to 10.").format(text=text))
    return code


def _identity_digits(value: Any, width: int) -> str:
    """NPWP/NIK digits; a number cell that lost its leading zero gets it back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)).zfill(width)
    return cell_text(value)


# -- planning -----------------------------------------------------------------------


class _Rows:
    """Cells of one row by column name, collecting problems as they are read."""

    def __init__(self, index: dict[str, int], number: int, cells: list[Any], problems):
        self.index, self.number, self.cells, self.problems = index, number, cells, problems
        # a CSV keeps a formula as its text; importing it would carry it into the next
        # spreadsheet that shows the billing (an .xlsx gives the computed values instead)
        self.formulas = {
            column
            for column in index
            if isinstance(self.raw(column), str) and self.raw(column).lstrip().startswith("=")
        }
        for column in sorted(self.formulas, key=index.__getitem__):
            shown = self.raw(column).strip()
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            problems.append(
                Problem(
                    number,
                    column,
                    tr(
                        "“{shown}” is a spreadsheet formula; put the value itself in the cell."
                    ).format(shown=shown),
                )
            )

    def raw(self, column: str) -> Any:
        i = self.index.get(column)
        return self.cells[i] if i is not None and i < len(self.cells) else None

    def has(self, column: str) -> bool:
        return cell_text(self.raw(column)) != "" or isinstance(self.raw(column), bool)

    def read(self, column: str, reader: Callable[[Any], Any], default: Any = None) -> Any:
        if column in self.formulas:
            return default  # already named
        if not self.has(column):
            if column in REQUIRED:
                self.problems.append(Problem(self.number, column, tr("is empty.")))
            return default
        try:
            return reader(self.raw(column))
        except (ValueError, Refused) as exc:
            message = exc.message if isinstance(exc, Refused) else str(exc)
            self.problems.append(Problem(self.number, column, message))
            return default


def _read_id_type(value: Any) -> str:
    wanted = cell_text(value).casefold()
    for id_type in ID_TYPES:
        if wanted == id_type.casefold():
            return id_type
    raise ValueError(
        tr("“{value}” is not one of {types}.").format(
            value=cell_text(value), types=", ".join(ID_TYPES)
        )
    )


def _identity_from_number(row: _Rows, values: dict[str, Any]) -> None:
    """A National ID's NIK (a TIN's NPWP) written only in customer_id_number is read as
    the NIK (NPWP), validated as one."""
    column, width, clean, whose = {
        "National ID": ("customer_nik", 16, clean_nik, QT_TR_NOOP("The NIK")),
        "TIN": ("customer_npwp", 15, clean_npwp, QT_TR_NOOP("The NPWP")),
    }.get(values["customer_id_type"], ("", 0, None, ""))
    if clean is None or row.has(column):
        return
    values[column] = row.read(
        "customer_id_number", lambda v: clean(_identity_digits(v, width), tr(whose)), ""
    )


def _read_country(value: Any) -> str:
    code = cell_text(value).upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(
            tr("“{value}” is not a three-letter country code (IDN for Indonesia).").format(
                value=cell_text(value)
            )
        )
    return code


def _customer_key(npwp: str, nik: str, name: str) -> tuple[str, str]:
    if real_npwp(npwp):
        return ("npwp", npwp)
    if nik:
        return ("nik", nik)
    return ("name", name.casefold())


def _book_customers() -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for c in Customer.select(Customer.id, Customer.name, Customer.npwp, Customer.nik):
        if real_npwp(c.npwp):
            found.setdefault(("npwp", c.npwp), c.id)
        if c.nik:
            found.setdefault(("nik", c.nik), c.id)
        found.setdefault(("name", c.name.casefold()), c.id)
    return found


def plan_import(path: Path) -> ImportPlan:
    """Read ``path`` and check every row; nothing is written."""
    path = Path(path)
    table = read_table(path)  # Refused: unreadable, empty, too big
    problems: list[Problem] = []
    index = {}
    for i, name in enumerate(table.headers):
        if name in COLUMNS and name not in index:
            index[name] = i
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        problems.append(
            Problem(
                1,
                None,
                tr("the header row lacks {missing}. The columns are named: {COLUMNS}.").format(
                    missing=", ".join(missing), COLUMNS=", ".join(COLUMNS)
                ),
            )
        )
        return ImportPlan(path.name, [], problems)
    if not table.rows:
        return ImportPlan(
            path.name, [], [Problem(None, None, tr("there are no rows under the header."))]
        )

    book_customers = _book_customers()
    taxable_of = {c.id: (c.taxable, c.transaction_code) for c in Customer.select()}
    planned_customers: dict[tuple[str, str], PlannedCustomer] = {}
    groups: dict[str, list[tuple[_Rows, dict[str, Any]]]] = {}
    for number, cells in table.rows:
        row = _Rows(index, number, cells, problems)
        invoice_no = cell_text(row.raw("invoice_no"))
        if not invoice_no:
            problems.append(Problem(number, "invoice_no", tr("is empty.")))
            continue
        problem = invoice_no_problem(invoice_no)
        if problem:
            shown = invoice_no if len(invoice_no) <= 44 else invoice_no[:43] + "…"
            problems.append(Problem(number, "invoice_no", f"“{shown}” {problem}."))
            continue
        values = {
            "invoice_date": row.read("invoice_date", read_date),
            "due_date": row.read("due_date", read_date),
            "customer_name": cell_text(row.raw("customer_name")),
            "customer_npwp": row.read(
                "customer_npwp",
                lambda v: clean_npwp(_identity_digits(v, 15), tr("The NPWP")),
                "",
            ),
            "customer_nik": row.read(
                "customer_nik", lambda v: clean_nik(_identity_digits(v, 16), tr("The NIK")), ""
            ),
            "customer_address": cell_text(row.raw("customer_address")),
            "customer_email": row.read("customer_email", lambda v: clean_email(cell_text(v)), ""),
            "transaction_code": row.read("transaction_code", read_transaction_code),
            "tax_active": row.read("tax_active", read_bool),
            "prices_include_tax": row.read("prices_include_tax", read_bool, False),
            "item_code": cell_text(row.raw("item_code")),
            "item_name": cell_text(row.raw("item_name")),
            "quantity": row.read("quantity", read_amount),
            "unit_price": row.read("unit_price", read_amount),
            "discount_percent": row.read("discount_percent", read_amount, Decimal(0)),
            "customer_tku": row.read("customer_tku", lambda v: tku(cell_text(v)), GENERIC_CODE),
            "customer_id_type": row.read("customer_id_type", _read_id_type, ""),
            "customer_id_number": cell_text(row.raw("customer_id_number")),
            "customer_country": row.read("customer_country", _read_country, "IDN"),
            "item_kind": row.read("item_kind", lambda v: kind_code(cell_text(v))),
            "item_tax_code": row.read("item_tax_code", lambda v: goods_code(cell_text(v))),
            "unit": row.read("unit", lambda v: unit_code(cell_text(v))),
            "luxury": row.read("luxury", read_bool, False),
            "ppnbm_rate": row.read("ppnbm_rate", _read_ppnbm_rate, Decimal(0)),
        }
        _identity_from_number(row, values)
        if not values["customer_name"]:
            problems.append(Problem(number, "customer_name", tr("is empty.")))
        if not values["item_name"]:
            problems.append(Problem(number, "item_name", tr("is empty.")))
        if values["ppnbm_rate"] and not values["luxury"]:
            problems.append(
                Problem(number, "ppnbm_rate", tr("only a luxury line (luxury: yes) has PPnBM."))
            )
        for column, why in amount_problems(
            values["quantity"], values["unit_price"], values["discount_percent"]
        ):
            problems.append(Problem(number, column, f"{why}."))
            values[column] = None  # not taken: its billing is not planned
        groups.setdefault(invoice_no, []).append((row, values))

    if len(groups) > MAX_BILLINGS:
        problems.append(
            Problem(
                None,
                None,
                tr(
                    "{groups:,} billings; one import takes at most "
                    "{MAX_BILLINGS:,}. Split the file by month."
                ).format(groups=len(groups), MAX_BILLINGS=MAX_BILLINGS),
            )
        )
        return ImportPlan(path.name, [], problems)

    taken = _taken_invoice_nos(list(groups))
    billings: list[PlannedBilling] = []
    for invoice_no, lines in groups.items():
        first_row, first = lines[0]
        if invoice_no in taken:
            problems.append(
                Problem(
                    first_row.number,
                    "invoice_no",
                    tr("{invoice_no} is already in the book.").format(invoice_no=invoice_no),
                )
            )
        for row, values in lines[1:]:
            for column in BILLING_COLUMNS:
                if values[column] != first[column] and values[column] is not None:
                    problems.append(
                        Problem(
                            row.number,
                            column,
                            tr(
                                "differs from row {number} of the same invoice "
                                "{invoice_no}; every line of one billing must "
                                "agree."
                            ).format(number=first_row.number, invoice_no=invoice_no),
                        )
                    )
        invoice_date, due_date = first["invoice_date"], first["due_date"] or first["invoice_date"]
        if invoice_date and due_date and due_date < invoice_date:
            problems.append(
                Problem(first_row.number, "due_date", tr("is before the invoice date."))
            )
        if not all(v["quantity"] and v["unit_price"] is not None for _, v in lines):
            continue
        if (
            invoice_date is None
            or not first["customer_name"]
            or not all(v["item_name"] for _, v in lines)
        ):
            continue
        key = _customer_key(first["customer_npwp"], first["customer_nik"], first["customer_name"])
        customer = planned_customers.get(key)
        if customer is None:
            existing = book_customers.get(key)
            customer = PlannedCustomer(
                CustomerData(
                    name=first["customer_name"],
                    email=first["customer_email"],
                    npwp=first["customer_npwp"],
                    nik=first["customer_nik"],
                    npwp_address=first["customer_address"],
                    transaction_code=first["transaction_code"] or "01",
                    taxable=first["tax_active"] if first["tax_active"] is not None else True,
                    tku=first["customer_tku"],
                    id_type=first["customer_id_type"],
                    id_number=first["customer_id_number"],
                    country=first["customer_country"],
                ),
                existing,
            )
            planned_customers[key] = customer
            if existing is None:
                problems.extend(_identity_problems(first_row.number, customer.data))
        default_tax, default_code = (
            taxable_of.get(customer.existing_id, (True, "01"))
            if customer.existing_id is not None
            else (customer.data.taxable, customer.data.transaction_code)
        )
        tax_active = first["tax_active"] if first["tax_active"] is not None else default_tax
        data = BillingData(
            invoice_no=invoice_no,
            customer_id=customer.existing_id or 0,
            invoice_date=invoice_date,
            due_date=due_date,
            tax_active=tax_active,
            transaction_code=first["transaction_code"] or default_code,
            prices_include_tax=first["prices_include_tax"] or False,
            lines=tuple(
                LineData(
                    name=v["item_name"],
                    quantity=v["quantity"],
                    unit_price=v["unit_price"],
                    discount_percent=v["discount_percent"] or Decimal(0),
                    item_code=v["item_code"],
                    kind=v["item_kind"],
                    goods_code=v["item_tax_code"],
                    unit=v["unit"],
                    luxury=bool(v["luxury"]),
                    stlg_rate=v["ppnbm_rate"] if v["ppnbm_rate"] is not None else Decimal(0),
                )
                for _, v in lines
            ),
        )
        too_much = totals_problem(totals_of(data))
        if too_much:
            problems.append(Problem(first_row.number, None, too_much))
            continue
        code = transaction_code_problem(data.transaction_code, data.invoice_date)
        if code:
            problems.append(Problem(first_row.number, "transaction_code", code))
            continue
        billings.append(
            PlannedBilling(first_row.number, data, customer, [r.number for r, _ in lines])
        )
    problems.sort(
        key=lambda p: (p.row or 0, COLUMNS.index(p.column) if p.column in COLUMNS else 99)
    )
    return ImportPlan(path.name, billings, problems)


def _identity_problems(number: int, data: CustomerData) -> list[Problem]:
    """The identity problem saving this new customer would refuse, named at its row."""
    lacking = identity_problem(data.name, data.id_type, data.npwp, data.nik, data.id_number.strip())
    return [Problem(number, "customer_id_number", lacking)] if lacking else []


def _taken_invoice_nos(invoice_nos: list[str]) -> set[str]:
    taken: set[str] = set()
    for chunk in in_chunks(invoice_nos):
        taken |= {
            b.invoice_no
            for b in Billing.select(Billing.invoice_no).where(Billing.invoice_no.in_(chunk))
        }
    return taken


@dataclass(frozen=True)
class Imported:
    billings: int
    new_customers: int
    invoice_nos: list[str]


def apply_import(plan: ImportPlan) -> Imported:
    """Write every billing of the plan as Draft, with its new customers; all or nothing."""
    if plan.problems:
        raise Refused(
            tr("{file_name} has {problems:,} problems; nothing was imported.").format(
                file_name=plan.file_name, problems=len(plan.problems)
            )
        )
    if not plan.billings:
        raise Refused(tr("{file_name} has no billings to import.").format(file_name=plan.file_name))
    with writing():
        taken = _taken_invoice_nos([b.data.invoice_no for b in plan.billings])
        if taken:
            raise Refused(
                tr("Since the preview, {join} came into the book; nothing was imported.").format(
                    join=", ".join(sorted(taken)[:5])
                )
            )
        created: dict[int, int] = {}
        for customer in plan.new_customers:
            created[id(customer)] = save_customer(customer.data).id
        done = []
        for planned in plan.billings:
            customer_id = planned.customer.existing_id or created[id(planned.customer)]
            data = BillingData(**{**planned.data.__dict__, "customer_id": customer_id})
            done.append(create_billing(data).invoice_no)
        history.record(
            "import",
            0,
            "billings_imported",
            history.said(
                QT_TR_NOOP("{count:,} billings imported from {file_name}"),
                count=len(done),
                file_name=plan.file_name,
            ),
            after={"billings": len(done), "new_customers": len(created)},
        )
        return Imported(len(done), len(created), done)


def import_file(path: Path) -> Imported:
    """Plan and apply; Refused listing the problems when there are any."""
    plan = plan_import(path)
    if plan.problems:
        raise ImportProblems(plan)
    return apply_import(plan)


class ImportProblems(Refused):
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(
            f"{plan.file_name}: {len(plan.problems):,} problem(s), nothing was imported."
        )
        self.plan = plan
