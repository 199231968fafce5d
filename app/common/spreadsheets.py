"""Tables as the user's spreadsheets hold them: CSV and XLSX, read and written.

Written cells that a spreadsheet would run as a formula (text starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) get a leading apostrophe, so a customer
named ``=HYPERLINK(...)`` stays a name. Numbers and dates stay numbers and dates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.common.errors import Refused
from app.common.i18n import tr
from app.common.safe_write import write_whole

Cell = str | int | date | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_READ_BYTES = 20 * 1024 * 1024  # a year of billings is well under this


def neutralised(value: Cell) -> Cell:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """UTF-8 with a BOM, so that Excel shows Indonesian names right; dates ISO."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            [
                "" if v is None else v.isoformat() if isinstance(v, date) else neutralised(v)
                for v in row
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    sheet: str = "Sheet1",
    money_columns: Sequence[int] = (),
) -> bytes:
    from openpyxl import Workbook  # loaded only when a workbook is written
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    ws = book.active
    ws.title = sheet[:31]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    for row in rows:
        ws.append([neutralised(v) for v in row])
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(str(v)) if v is not None else 0)
    for column in ws.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            elif cell.col_idx - 1 in money_columns:
                cell.number_format = "#,##0"
    for i, width in enumerate(widths):
        ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = min(width + 2, 60)
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_table(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]], **xlsx: Any
) -> None:
    """CSV or XLSX by the file's extension."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        write_whole(path, xlsx_bytes(headers, rows, **xlsx))
    elif path.suffix.lower() == ".csv":
        write_whole(path, csv_bytes(headers, rows))
    else:
        raise Refused(
            tr("Save as .xlsx or .csv, not “{value}”.").format(value=path.suffix or path.name)
        )


@dataclass(frozen=True)
class Table:
    """A sheet read back: the header names (as written) and each row's cells, with the
    row number the user sees in the spreadsheet (the header is row 1)."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]]


def read_table(path: Path) -> Table:
    """The first sheet of an .xlsx, or a .csv (comma, semicolon or tab; UTF-8)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Refused(
            tr("{name} cannot be read: {value}.").format(name=path.name, value=exc.strerror or exc)
        ) from exc
    if size > MAX_READ_BYTES:
        raise Refused(
            tr(
                "{name} is {value:,.0f} MB; an import file is at most {value2} MB. "
                "Split it by month."
            ).format(
                name=path.name, value=size / 1024 / 1024, value2=MAX_READ_BYTES // 1024 // 1024
            )
        )
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise Refused(tr("{name}: choose a .csv or .xlsx file.").format(name=path.name))


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refused(
            tr(
                "{name} is saved as Unicode text (UTF-16). In Excel choose Save As "
                "→ “CSV UTF-8 (Comma delimited)”, or save it as .xlsx."
            ).format(name=path.name)
        )
    if b"\x00" in raw[:4096]:
        raise Refused(
            tr("{name} is not a text file. Save the sheet as CSV UTF-8 or .xlsx.").format(
                name=path.name
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused(
            tr(
                "{name} is not in UTF-8 (a character at byte {start:,} cannot be "
                "read). In Excel choose Save As → “CSV UTF-8 (Comma delimited)”."
            ).format(name=path.name, start=exc.start)
        ) from exc
    first = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise Refused(
            tr("{name} is not a readable CSV file: {exc}.").format(name=path.name, exc=exc)
        ) from exc
    return _table(path, lines)


def _read_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise Refused(
            tr("{name} is not an Excel workbook (.xlsx) that can be read.").format(name=path.name)
        ) from exc
    try:
        sheet = book.worksheets[0]
        lines = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(path, lines)


def _table(path: Path, lines: list[list[Any]]) -> Table:
    def blank(row: list[Any]) -> bool:
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)

    if not lines or blank(lines[0]):
        raise Refused(
            tr("{name} is empty: the first row must name the columns.").format(name=path.name)
        )
    headers = [str(h).strip().lower() if h is not None else "" for h in lines[0]]
    rows = [(n, row) for n, row in enumerate(lines[1:], start=2) if not blank(row)]
    return Table(headers, rows)


def cell_text(value: Any) -> str:
    """A cell as the text a person sees: a whole number stays whole (``12``, not
    ``12.0``), empty is ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def as_cell_date(value: Any) -> date | None:
    """A real date cell (Excel) as a date; other values as None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None
