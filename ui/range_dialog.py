"""+ Tax Number: record a range DJP granted, or correct one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.common.date_window import FIRST_YEAR, last_year
from app.common.efaktur_no import format_number
from app.common.errors import Refused
from app.numbers.ranges import (
    RangeInput,
    add_range,
    describe,
    edit_range,
    range_details,
    read_range,
    refuse_overlap,
)
from app.numbers.rules import may_edit_range
from ui.dates import date_box, to_qdate
from ui.efaktur_no_edit import EfakturNoEdit
from ui.formatting import problem_label
from ui.i18n import tr
from ui.unsaved import AsksBeforeDiscarding


class RangeDialog(AsksBeforeDiscarding, QDialog):
    saved = Signal(str)  # what was done, in a sentence

    def __init__(self, parent: QWidget | None = None, range_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rangeDialog")
        self.range_id = range_id
        editing = range_id is not None
        self.setWindowTitle(tr("Edit E-Faktur No Range") if editing else tr("+ Tax Number"))

        self.year = QSpinBox()
        self.year.setObjectName("yearPeriod")
        self.year.setRange(FIRST_YEAR, last_year())
        self.year.setValue(clock.today().year)
        self.start = EfakturNoEdit()
        self.start.setObjectName("startNumber")
        self.end = EfakturNoEdit()
        self.end.setObjectName("endNumber")
        self.grant_known = QCheckBox(tr("Dated"))
        self.grant_known.setObjectName("grantDateKnown")
        self.grant_known.setChecked(True)
        self.grant_date = date_box("grantDate", clock.today())
        self.grant_date.setAccessibleName(tr("Grant letter"))
        self.grant_known.toggled.connect(self.grant_date.setEnabled)
        self.note = QLineEdit()
        self.note.setObjectName("rangeNote")
        self.note.setPlaceholderText(tr("e.g. e-Nofa letter S-0012/2026"))
        self.total = QLabel("–")
        self.total.setObjectName("rangeTotal")
        self.available = QLabel("–")
        self.available.setObjectName("rangeAvailable")
        self.fixed_note = QLabel()
        self.fixed_note.setObjectName("rangeFixedNote")
        self.fixed_note.setWordWrap(True)
        self.fixed_note.setStyleSheet("color: #4b5563;")
        self.problem = problem_label("rangeProblem")

        grant_row = QHBoxLayout()
        grant_row.addWidget(self.grant_known)
        grant_row.addWidget(self.grant_date, 1)
        form = QFormLayout()
        form.addRow(tr("Year Period"), self.year)
        form.addRow(tr("Start Number"), self.start)
        form.addRow(tr("End Number"), self.end)
        form.addRow(tr("Grant letter"), grant_row)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("Total Number"), self.total)
        form.addRow(tr("Available Number"), self.available)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Enter the numbers as in DJP's e-Nofa letter; you may paste them."))
        )
        layout.addLayout(form)
        layout.addWidget(self.fixed_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.used = 0
        if editing:
            self._load(range_id)
        self.fixed_note.setVisible(bool(self.fixed_note.text()))
        for edit in (self.start, self.end):
            edit.textChanged.connect(self._update)
            edit.paste_refused.connect(self._say)
        self.year.valueChanged.connect(self._update)
        self.grant_known.toggled.connect(self._update)
        self.grant_date.dateChanged.connect(self._update)
        self._update()

    def _load(self, range_id: int) -> None:
        rng = range_details(range_id)
        self.year.setValue(rng.year)
        self.start.set_number(str(rng.start))
        self.end.set_number(str(rng.end))
        self.grant_known.setChecked(rng.grant_date is not None)
        if rng.grant_date:
            self.grant_date.setDate(to_qdate(rng.grant_date))
        self.note.setText(rng.note)
        self.used = rng.used
        facts = rng.facts
        if not may_edit_range(facts, moves_start=True):
            assert facts.highest_used is not None
            self.year.setEnabled(False)
            self.start.setReadOnly(True)
            self.fixed_note.setText(
                tr(
                    "Numbers of this range were used, up to {year}: its Year Period and Start "
                    "Number are fixed, and the end may not go below it."
                ).format(year=format_number(rng.year, facts.highest_used))
            )

    def _read(self) -> RangeInput:
        grant = None
        if self.grant_known.isChecked():
            grant = self.grant_date.date().toPython()
        return read_range(
            self.start.number_text(),
            self.end.number_text(),
            self.year.value(),
            grant,
            self.note.text(),
        )

    def _say(self, problem: str) -> None:
        """Show the problem, growing the dialog when its lines need the room."""
        self.problem.setText(problem)
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _update(self, *_: object) -> None:
        if not (self.start.hasAcceptableInput() and self.end.hasAcceptableInput()):
            self.total.setText("–")
            self.available.setText("–")
            self._say("")
            return
        try:
            data = self._read()
            refuse_overlap(data, self.range_id)
        except Refused as exc:
            self.total.setText("–")
            self.available.setText("–")
            self._say(exc.message)
            return
        self._say("")
        self.total.setText(f"{data.total:,}")
        self.available.setText(f"{max(data.total - self.used, 0):,}")

    def save(self) -> None:
        try:
            data = self._read()
            if self.range_id is None:
                rng = add_range(data)
                done = tr("Range {rng} recorded: {total:,} numbers for {year}.").format(
                    rng=describe(rng), total=rng.total, year=rng.year
                )
            else:
                rng = edit_range(self.range_id, data)
                done = tr("Range {rng} saved: {total:,} numbers.").format(
                    rng=describe(rng), total=rng.total
                )
        except Refused as exc:
            self._say(exc.message)
            return
        self.saved.emit(done)
        self.accept()
