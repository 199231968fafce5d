"""How values are shown in the window."""

from __future__ import annotations

from datetime import date, datetime

from app.money import rupiah


def money(amount: int) -> str:
    return rupiah(amount)


def day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d %b %Y")


def timestamp(value: datetime) -> str:
    return value.strftime("%d %b %Y %H:%M")
