"""Dates between Python and Qt, and the date field every form uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_box(name: str, value: date | None = None, display: str = "dd MMM yyyy") -> QDateEdit:
    """A date field with a calendar pop-up, showing ``25 Nov 2026``."""
    box = QDateEdit(to_qdate(value)) if value is not None else QDateEdit()
    box.setObjectName(name)
    box.setCalendarPopup(True)
    box.setDisplayFormat(display)
    return box
