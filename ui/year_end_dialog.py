"""Year end: a past year's unused numbers, to delete in e-Faktur desktop."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.numbers import year_end
from ui import interaction
from ui.i18n import tr


class YearEndDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearEndDialog")
        self.setWindowTitle(tr("Year End: Expired E-Faktur Nos"))
        self.resize(560, 420)
        self.year = QComboBox()
        self.year.setObjectName("yearEndYear")
        self.year.setAccessibleName(tr("Year"))
        for year in year_end.past_years_with_leftovers():
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self._show)
        self.summary = QLabel()
        self.summary.setObjectName("yearEndSummary")
        self.summary.setWordWrap(True)
        self.runs = QTableWidget(0, 3)
        self.runs.setObjectName("yearEndRuns")
        self.runs.setTabKeyNavigation(False)
        self.runs.setHorizontalHeaderLabels([tr("From"), tr("To"), tr("Numbers")])
        self.runs.verticalHeader().setVisible(False)
        self.runs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.export_action = QAction(tr("Export to CSV…"), self)
        self.export_action.setObjectName("actionExportLeftovers")
        self.export_action.triggered.connect(self.export)
        export_button = QToolButton()  # follows the action: text, enabled state
        export_button.setObjectName("exportLeftoversButton")
        export_button.setDefaultAction(self.export_action)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.runs)
        layout.addWidget(buttons)
        self._show()

    def _show(self, *_: object) -> None:
        year = self.year.currentData()
        has_year = year is not None
        self.export_action.setEnabled(has_year)
        if not has_year:
            self.summary.setText(tr("No past year has unused E-Faktur Nos. Nothing to delete."))
            self.runs.setRowCount(0)
            return
        runs = year_end.leftover_runs(year)
        count = sum(r.count for r in runs)
        self.summary.setText(
            tr(
                "{count:,} E-Faktur Nos of {year} were never used and have expired. Delete these "
                "blocks in e-Faktur desktop (Referensi > Nomor Seri Faktur Pajak)."
            ).format(count=count, year=year)
        )
        self.runs.setRowCount(len(runs))
        for row, run in enumerate(runs):
            self.runs.setItem(row, 0, QTableWidgetItem(str(run.start)))
            self.runs.setItem(row, 1, QTableWidgetItem(str(run.end)))
            self.runs.setItem(row, 2, QTableWidgetItem(f"{run.count:,}"))

    def export(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        prompts = interaction.prompts
        path = prompts.save_path(
            self,
            tr("Export expired E-Faktur Nos"),
            f"expired-efaktur-no-{year}.csv",
            tr("CSV (*.csv)"),
        )
        if path is None:
            return
        try:
            count = year_end.write_leftovers_csv(year, path)
        except OSError as exc:
            prompts.refuse(
                self,
                tr("Export"),
                tr("{path} could not be written: {strerror}.").format(
                    path=path, strerror=exc.strerror
                ),
            )
            return
        prompts.inform(
            self,
            tr("Export"),
            tr("{count:,} expired E-Faktur Nos of {year} saved to {path}.").format(
                count=count, year=year, path=path
            ),
        )
