"""Dates and times as SQLite hands them back from raw SQL (text) or peewee (objects)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def as_date(value: Any) -> date:
    """A date from a DATE or DATETIME column's value."""
    if type(value) is str:  # the usual case, and a bulk action reads thousands
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
