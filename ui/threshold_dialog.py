"""Setting Threshold E-Faktur Available Number (as the guide's product calls it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.billings.book_settings import WarningEntry, save_warning
from app.common import clock
from app.common.errors import Refused
from app.numbers import threshold
from ui.formatting import problem_label
from ui.i18n import tr
from ui.unsaved import AsksBeforeDiscarding


class ThresholdForm(QWidget):
    """The low-number warning; a page of Settings and of its own dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdForm")
        setting = threshold.current()
        year = clock.today().year
        self.enabled = QCheckBox(tr("Warn when few E-Faktur Nos are left"))
        self.enabled.setObjectName("thresholdEnabled")
        self.enabled.setChecked(setting.enabled)
        self.limit = QLineEdit(str(setting.limit))
        self.limit.setObjectName("thresholdLimit")
        self.enabled.toggled.connect(self.limit.setEnabled)
        self.limit.setEnabled(setting.enabled)
        self.limit.setAccessibleName(tr("Threshold Limit"))
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(tr("Threshold Limit"), self.limit)
        form.addRow(
            tr("Available now"),
            QLabel(
                tr("{available:,} for {year}").format(
                    available=threshold.available_in(year), year=year
                )
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        explained = QLabel(
            tr(
                "The window shows a warning, and issuing a billing says so, when this year's "
                "available numbers are at or below the limit."
            )
        )
        explained.setWordWrap(True)
        layout.addWidget(explained)
        layout.addLayout(form)

    def entry(self) -> WarningEntry:
        return WarningEntry(self.enabled.isChecked(), self.limit.text())

    def save(self) -> None:
        """Refused names a limit that is not a whole number."""
        save_warning(self.entry())


class ThresholdDialog(AsksBeforeDiscarding, QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdDialog")
        self.setWindowTitle(tr("Low-Number Warning"))
        self.form = ThresholdForm()
        self.problem = problem_label("thresholdProblem", wrap=False)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.form.save()
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        self.saved.emit()
        self.accept()
