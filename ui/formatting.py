"""How values are shown in the window."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLabel

from app.money import rupiah
from app.rules import Status


def money(amount: int) -> str:
    return rupiah(amount)


def day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d %b %Y")


def timestamp(value: datetime) -> str:
    return value.strftime("%d %b %Y %H:%M")


PROBLEM_COLOUR = "#b91c1c"
READ_ONLY_REASON = (
    "Another E-Faktur Desk window has this book open, so it is read-only here. "
    "Make changes in that window."
)


def problem_label(name: str, wrap: bool = True) -> QLabel:
    """Where a form says, in red, what is wrong with what was typed."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    return label


STATUS_COLOURS = {
    Status.DRAFT: "#6b7280",
    Status.PROFORMA: "#6b7280",
    Status.UNPAID: "#b45309",
    Status.PARTIALLY_PAID: "#1d4ed8",
    Status.PAID: "#15803d",
    Status.OVERDUE: "#b91c1c",
    Status.CANCELLED: "#4b5563",
}

# DJP's transaction codes (Kode Transaksi) as the faktur form names them
TRANSACTION_CODE_LABELS = {
    "01": "to a non-collector buyer",
    "02": "to a government treasurer",
    "03": "to a non-treasurer collector",
    "04": "DPP other value",
    "05": "deemed rate",
    "06": "other deliveries (tourists, etc.)",
    "07": "VAT not collected",
    "08": "VAT exempt",
    "09": "assets (Pasal 16D)",
}

STATE_LABELS = {
    "available": "Available",
    "assigned": "Assigned",
    "uploaded": "Uploaded",
    "expired": "Expired",
}
STATE_COLOURS = {
    "available": "#15803d",
    "assigned": "#b45309",
    "uploaded": "#1d4ed8",
    "expired": "#6b7280",
}
STATE_TIPS = {
    "expired": "Never used, and its year is over: delete it in e-Faktur desktop (Year End).",
    "uploaded": "DJP approved the faktur: this number is spent for good.",
}
