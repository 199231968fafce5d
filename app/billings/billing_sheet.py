"""The Billings list as a spreadsheet: the rows shown, in the order shown."""

from __future__ import annotations

from pathlib import Path

from app.billings.listing import BillingListing
from app.billings.parties import show_npwp
from app.book.states import Status
from app.common.spreadsheets import Cell, write_table

HEADERS = [
    "Invoice No",
    "Customer",
    "Customer NPWP",
    "Invoice Date",
    "Due Date",
    "DPP",
    "PPN",
    "Total",
    "Paid",
    "Outstanding",
    "Invoice Tax",
    "E-Faktur No",
    "Status",
]
MONEY_COLUMNS = (5, 6, 7, 8, 9)


def billing_rows(listing: BillingListing) -> list[list[Cell]]:
    return [
        [
            row.invoice_no,
            row.customer,
            show_npwp(row.customer_npwp),
            row.invoice_date,
            row.due_date,
            row.dpp,
            row.ppn,
            row.total,
            row.paid,
            row.total - row.paid if row.status is not Status.CANCELLED else 0,
            "On" if row.tax_active else "Off",
            row.efaktur_no or "",
            row.status.label,
        ]
        for row in listing.rows()
    ]


def write_billing_list(listing: BillingListing, path: Path) -> int:
    """Write the listing's rows to ``path`` (.xlsx or .csv); returns how many."""
    rows = billing_rows(listing)
    write_table(path, HEADERS, rows, sheet="Billings", money_columns=MONEY_COLUMNS)
    return len(rows)
