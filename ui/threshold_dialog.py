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

from app import clock, threshold
from app.errors import Refused
from ui.formatting import problem_label


class ThresholdDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdDialog")
        self.setWindowTitle("Low-Number Warning")
        setting = threshold.current()
        year = clock.today().year
        self.enabled = QCheckBox("Warn when few E-Faktur Nos are left")
        self.enabled.setObjectName("thresholdEnabled")
        self.enabled.setChecked(setting.enabled)
        self.limit = QLineEdit(str(setting.limit))
        self.limit.setObjectName("thresholdLimit")
        self.enabled.toggled.connect(self.limit.setEnabled)
        self.limit.setEnabled(setting.enabled)
        self.problem = problem_label("thresholdProblem", wrap=False)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow("Threshold Limit", self.limit)
        form.addRow(
            "Available now",
            QLabel(f"{threshold.available_in(year):,} for {year}"),
        )
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "The window shows a warning, and issuing a billing says so, when this year's "
                "available numbers are at or below the limit."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            limit = threshold.read_limit(self.limit.text())
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        threshold.save(self.enabled.isChecked(), limit)
        self.saved.emit()
        self.accept()
