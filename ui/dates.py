"""Dates between Python and Qt, and the date field every form uses."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.common import clock
from ui.formatting import current_locale
from ui.i18n import QT_TR_NOOP, tr


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_box(name: str, value: date | None = None, display: str = "dd MMM yyyy") -> QDateEdit:
    """A date field with a calendar pop-up, showing ``25 Nov 2026``."""
    box = QDateEdit(to_qdate(value)) if value is not None else QDateEdit()
    box.setObjectName(name)
    box.setCalendarPopup(True)
    box.setLocale(current_locale())  # month names in the chosen language
    box.setDisplayFormat(display)
    return box


PERIODS = [
    QT_TR_NOOP("All dates"),
    QT_TR_NOOP("This month"),
    QT_TR_NOOP("Last month"),
    QT_TR_NOOP("This year"),
    QT_TR_NOOP("Last year"),
    QT_TR_NOOP("Dates…"),
]


def period_bounds(choice: str, today: date) -> tuple[date | None, date | None]:
    """The date bounds of a period choice (``Dates…`` is the user's own)."""
    first_of_month = today.replace(day=1)
    if choice == "This month":
        next_month = (first_of_month + timedelta(days=32)).replace(day=1)
        return first_of_month, next_month - timedelta(days=1)
    if choice == "Last month":
        end = first_of_month - timedelta(days=1)
        return end.replace(day=1), end
    if choice == "This year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if choice == "Last year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class PeriodPicker(QWidget):
    """A period choice; ``Dates…`` shows two date fields for the user's own."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.today()
        self.period = QComboBox()
        self.period.setObjectName(f"{prefix}Period")
        self.period.setAccessibleName(tr("Period"))
        for choice in PERIODS:
            self.period.addItem(tr(choice), choice)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from = date_box(f"{prefix}DateFrom", today.replace(day=1))
        self.date_to = date_box(f"{prefix}DateTo", today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Period")))
        layout.addWidget(self.period)
        for box, name in ((self.date_from, tr("From")), (self.date_to, tr("To"))):
            box.setAccessibleName(name)
            box.setVisible(False)
            box.dateChanged.connect(self.changed)
            layout.addWidget(box)

    def _period_changed(self, *_: object) -> None:
        custom = self.period.currentData() == "Dates…"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.changed.emit()

    def bounds(self) -> tuple[date | None, date | None]:
        if self.period.currentData() == "Dates…":
            return to_date(self.date_from.date()), to_date(self.date_to.date())
        return period_bounds(self.period.currentData(), clock.today())
