"""How values are shown in the window."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QLabel, QWidget

from app.book import connection as book
from app.book.states import CoretaxStatus, Status
from app.common import i18n as core_i18n
from app.common.coretax_codes import TRANSACTION_CODE_LABELS  # noqa: F401 (the pickers' list)
from app.common.efaktur_no import parse_coretax_no
from ui.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from app.billings.vat import ShownLine

_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
}
_locale = _LOCALES["en"]


def use_language(code: str) -> None:
    """Rupiah and dates as the chosen language writes them (``Rp 1.234.567`` and
    ``25 Des 2026`` in Indonesian, ``Rp 1,234,567`` and ``25 Dec 2026`` in English)."""
    global _locale
    _locale = _LOCALES.get(code, _LOCALES["en"])
    core_i18n.use_grouping(_locale.groupSeparator())  # the history's amounts too


def current_locale() -> QLocale:
    """The chosen language's locale, for widgets that write dates themselves."""
    return _locale


def money(amount: int | Decimal) -> str:
    return core_i18n.money_text(amount)


def rounding_note(line: ShownLine) -> str:
    """Why a line's amount is not quite quantity × price: it took the rounding of the
    whole-rupiah DPP (or total), as the faktur's line does; "" for the other lines."""
    if not line.rounding:
        return ""
    return tr(
        "Includes {rounding} of rounding, so that the lines add up to the whole rupiah "
        "of the billing, as on the faktur."
    ).format(rounding=money(line.rounding))


def day(value: date | None) -> str:
    if value is None:
        return ""
    return _locale.toString(QDate(value.year, value.month, value.day), "dd MMM yyyy")


def timestamp(value: datetime) -> str:
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return _locale.toString(moment, "dd MMM yyyy HH:mm")


PROBLEM_COLOUR = "#b91c1c"
READ_ONLY_REASON = book.ANOTHER_WINDOW


def event_text(summary: str, message: str | None) -> str:
    """A history entry in the window's language: its template and values translated
    (amounts and dates written as the language writes them), else (an entry from before
    they were kept) the English it was written in."""
    if message:
        try:
            said = json.loads(message)
            values = {k: _shown_arg(k, v) for k, v in said["a"].items()}
            return tr(said["t"]).format(**values)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            pass
    return summary


def _shown_arg(key: str, value: object) -> object:
    """A value of a history summary as the window shows it; the ``fields`` an edit
    changed (kept as their names, ``add_info, lines``) by their labels."""
    if not isinstance(value, str):
        return value
    from app.book.history import field_label, shown_text  # a history page, not the first paint

    if key == "fields":
        return ", ".join(tr(field_label(name)) for name in value.split(", "))
    if key == "coretax_reason":  # a reason's label (app.efaktur.coretax_requests)
        return tr(value)
    return shown_text(value)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label that names ``field`` (for screen readers, and its &-key moves there)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def problem_label(name: str, wrap: bool = True) -> QLabel:
    """Where a form says, in red, what is wrong with what was typed."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    return label


CORETAX_COLOURS = {
    CoretaxStatus.NOT_EXPORTED: "#b45309",
    CoretaxStatus.EXPORTED: "#6b7280",
    CoretaxStatus.NEEDS_REVIEW: PROBLEM_COLOUR,
    CoretaxStatus.CREATED: "#1d4ed8",
    CoretaxStatus.REJECTED: PROBLEM_COLOUR,
    CoretaxStatus.WAITING_FOR_AMENDMENT: "#b45309",
    CoretaxStatus.APPROVED: "#15803d",
    CoretaxStatus.AMENDED: "#4b5563",
    CoretaxStatus.WAITING_FOR_CANCELLATION: "#b45309",
    CoretaxStatus.CANCELED: "#4b5563",
}


def coretax_text(status: CoretaxStatus | None, mismatch: str) -> str:
    """A billing's Coretax status as a list shows it; ⚠ when Coretax's amounts differ."""
    if status is None:
        return ""
    return ("⚠ " if mismatch else "") + tr(status.label)


def coretax_colour(status: CoretaxStatus | None, mismatch: str) -> str | None:
    if status is None:
        return None
    return PROBLEM_COLOUR if mismatch else CORETAX_COLOURS[status]


def coretax_number_tip(faktur_no: str) -> str:
    """The 17-digit number's parts, for its tooltip."""
    return parse_coretax_no(faktur_no).parts_text if faktur_no else ""


STATUS_COLOURS = {
    Status.DRAFT: "#6b7280",
    Status.PROFORMA: "#6b7280",
    Status.UNPAID: "#b45309",
    Status.PARTIALLY_PAID: "#1d4ed8",
    Status.PAID: "#15803d",
    Status.OVERDUE: "#b91c1c",
    Status.CANCELLED: "#4b5563",
}


STATE_LABELS = {
    "available": QT_TR_NOOP("Available"),
    "assigned": QT_TR_NOOP("Assigned"),
    "uploaded": QT_TR_NOOP("Uploaded"),
    "expired": QT_TR_NOOP("Expired"),
}
STATE_COLOURS = {
    "available": "#15803d",
    "assigned": "#b45309",
    "uploaded": "#1d4ed8",
    "expired": "#6b7280",
}
STATE_TIPS = {
    "expired": QT_TR_NOOP(
        "Never used, and its year is over: delete it in e-Faktur desktop (Year End)."
    ),
    "uploaded": QT_TR_NOOP("DJP approved the faktur: this number is spent for good."),
}


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state])


def state_tip(state: str) -> str:
    return tr(STATE_TIPS[state]) if state in STATE_TIPS else ""


def read_only_reason() -> str:
    return book.read_only_reason()
