"""E-Faktur › Coretax To-Do: what is still to be done in Coretax's own screens (cancel,
replace, delete a draft, upload by the 20th of the next month), one row a billing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.efaktur.coretax_requests import ToDo, to_do
from ui.i18n import QT_TR_NOOP, count_of, tr

TITLE = QT_TR_NOOP("Coretax To-Do")
LATE = QColor("#b91c1c")


class CoretaxToDoDialog(QDialog):
    def __init__(
        self, open_billing: Callable[[int], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items: list[ToDo] = []
        self.open_billing = open_billing
        self.setObjectName("coretaxToDoDialog")
        self.setWindowTitle(tr(TITLE))
        self.resize(820, 420)
        self.summary = QLabel()
        self.summary.setObjectName("coretaxToDoSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("coretaxToDoTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Invoice No"), tr("Faktur No"), tr("What to do in Coretax")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setToolTip(tr("Double-click a row to open its billing"))
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        items = self.items = to_do()
        today = clock.today()
        self.summary.setText(
            count_of(
                len(items),
                QT_TR_NOOP("1 thing is still to be done in Coretax."),
                QT_TR_NOOP("{n:,} things are still to be done in Coretax."),
            )
            if items
            else tr("Nothing is left to do in Coretax.")
        )
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            self._show(r, item, item.late(today))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.items):
            self.open_billing(self.items[row].billing_id)

    def _show(self, row: int, item: ToDo, late: bool) -> None:
        sentence = item.sentence
        if late:
            sentence = tr("{sentence} The deadline has passed.").format(sentence=sentence)
        for c, text in enumerate((item.invoice_no, item.faktur_no, sentence)):
            cell = QTableWidgetItem(text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if late:
                cell.setForeground(LATE)
            self.table.setItem(row, c, cell)

    def rows(self) -> list[list[str]]:
        """What the table shows (the tests read it)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
