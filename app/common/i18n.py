"""Messages for the user in the window's language, without Qt in the core.

The core marks what it says with ``tr("…")`` (lupdate files it with the window's texts);
the window hands in Qt's translator with ``use()``. The command line and the history keep
English: a history entry is written once, as it was, whatever language reads it later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from app.common.money import rupiah


def _as_is(text: str) -> str:
    return text


_translate: Callable[[str], str] = _as_is


def tr(text: str) -> str:
    return _translate(text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for the translation file; it is translated where it is shown."""
    return text


def count_of(n: int, one: str, many: str, **fields: object) -> str:
    """``one`` or ``many`` (each with ``{n}``, and any other ``fields``), translated, for
    ``n`` things."""
    return tr(one if n == 1 else many).format(n=n, **fields)


MONTHS = [
    QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
    QT_TR_NOOP("May"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"),
    QT_TR_NOOP("Sep"), QT_TR_NOOP("Oct"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec"),
]  # fmt: skip


def day_text(value: date) -> str:
    """``25 Dec 2026``, the month in the window's language (``25 Des 2026``)."""
    return f"{value.day:02d} {tr(MONTHS[value.month - 1])} {value.year}"


def moment_text(value: datetime) -> str:
    """``25 Dec 2026 14:05``, the month in the window's language."""
    return f"{day_text(value.date())} {value:%H:%M}"


_thousands = ","


def money_text(amount: int | Decimal) -> str:
    """Rupiah grouped as the window's language groups them (``Rp 1,234,567`` in English,
    ``Rp 1.234.567`` in Indonesian)."""
    return rupiah(amount, _thousands)


def use_grouping(thousands: str) -> None:
    """Group rupiah with ``thousands`` from now on (the window's language chooses)."""
    global _thousands
    _thousands = thousands


def use(translate: Callable[[str], str] | None) -> None:
    """Translate the core's messages with ``translate`` from now on (None: English)."""
    global _translate
    _translate = translate or _as_is
